// One Observable Plot chart in the DOM. Plot builds an SVG element outside the document; the
// <style> element it puts inside would break the app's Content-Security-Policy (style-src 'self'),
// so it is taken out before the SVG is attached and its few rules live in insights.css. This
// module imports Plot: only lazily loaded modules may import it.
import * as Plot from '@observablehq/plot';
import { useEffect, useRef } from 'react';

export function PlotChart({
  options,
  label,
  onRender,
}: {
  options: Plot.PlotOptions;
  label: string;
  /** Receives the rendered SVG (for saving it), then null when it goes. */
  onRender?: (svg: SVGSVGElement | null) => void;
}) {
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const chart = Plot.plot({ ...options, ariaLabel: label }) as Element;
    for (const style of chart.querySelectorAll('style')) style.remove();
    if (chart.tagName.toLowerCase() === 'style') return;
    container.current?.replaceChildren(chart);
    onRender?.(chart instanceof SVGSVGElement ? chart : chart.querySelector('svg'));
    return () => {
      chart.remove();
      onRender?.(null);
    };
  }, [options, label, onRender]);
  return <div ref={container} className="insight-chart__plot" />;
}
