// The colours of the charts' series: mid-tone hues (Tableau 10) that read on the light and the
// dark theme alike, since an SVG fill attribute cannot take a CSS variable. Text, axes and grid
// lines use currentColor, which follows the theme's --text.
export const CHART_PALETTE = [
  '#4e79a7',
  '#f28e2c',
  '#e15759',
  '#76b7b2',
  '#59a14f',
  '#edc949',
  '#af7aa1',
  '#ff9da7',
  '#9c755f',
  '#bab0ab',
] as const;

export interface LegendItem {
  key: string;
  label: string;
  color: string;
}

export function legendOf<K extends string>(
  keys: readonly K[],
  labelOf: (key: K) => string,
): LegendItem[] {
  return keys.map((key, index) => ({
    key,
    label: labelOf(key),
    color: CHART_PALETTE[index % CHART_PALETTE.length],
  }));
}
