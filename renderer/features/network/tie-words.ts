// A tie in words, for the table view and screen readers: the relationship kinds the user stated
// ("knows, works with"), "introduced by you", "met at 3 same events".
import type { TFunction } from 'i18next';
import type { Tie } from '../../../shared/network/network-graph-types';

export function tieInWords(tie: Tie, t: TFunction<'network'>): string {
  const parts = [...new Set(tie.relationships.map(({ kind }) => t(`kinds.${kind}`)))];
  if (tie.introduction) parts.push(t('ties.introduction'));
  if (tie.sharedEventIds.length > 0) {
    parts.push(t('ties.sharedEvents', { count: tie.sharedEventIds.length }));
  }
  return parts.join(t('ties.separator'));
}
