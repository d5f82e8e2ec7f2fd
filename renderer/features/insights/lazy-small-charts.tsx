// The small charts of the person and event pages, loaded on demand: these pages are part of the
// first bundle, Observable Plot must not be (issue 15). Nothing shows while the chart's code loads.
import { lazy, Suspense, type ComponentProps } from 'react';

const PersonInteractionsChart = lazy(async () => ({
  default: (await import('./person-interactions-chart')).PersonInteractionsChart,
}));

const EventHoursChart = lazy(async () => ({
  default: (await import('./event-hours-chart')).EventHoursChart,
}));

export function LazyPersonInteractionsChart(props: ComponentProps<typeof PersonInteractionsChart>) {
  return (
    <Suspense fallback={null}>
      <PersonInteractionsChart {...props} />
    </Suspense>
  );
}

export function LazyEventHoursChart(props: ComponentProps<typeof EventHoursChart>) {
  return (
    <Suspense fallback={null}>
      <EventHoursChart {...props} />
    </Suspense>
  );
}
