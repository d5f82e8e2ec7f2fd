// A screen's content until its feature fills it: the empty state when it holds nothing, a
// one-line count otherwise, and nothing while the count loads (no flash of the empty state).
import type { ReactNode } from 'react';

export function CountOrEmptyState({
  count,
  summary,
  emptyState,
}: {
  count: number | undefined;
  summary: string;
  emptyState: ReactNode;
}) {
  if (count === undefined) return null;
  if (count === 0) return emptyState;
  return <p className="screen__summary">{summary}</p>;
}
