// The frame of every screen: its one h1 (what the navigation link says) and its content.
import type { ReactNode } from 'react';

export function Screen({
  title,
  subtitle,
  children,
}: {
  title: string;
  subtitle?: string;
  children: ReactNode;
}) {
  return (
    <section className="screen">
      <header className="screen__header">
        <h1 className="screen__title">{title}</h1>
        {subtitle && <p className="screen__subtitle">{subtitle}</p>}
      </header>
      {children}
    </section>
  );
}
