// A chart as a file of its own: the SVG on screen wrapped with its title and legend, in the
// colours the theme shows it in (read from the page, since a file has no CSS variables), as SVG
// text or drawn on a canvas as PNG bytes. CSP allows blob: images, so the PNG never leaves the page.
import type { LegendItem } from './chart-palette';

const SVG_NS = 'http://www.w3.org/2000/svg';
const TITLE_HEIGHT = 32;
const LEGEND_ROW = 20;
const PADDING = 12;

export interface ChartLook {
  color: string;
  background: string;
  fontFamily: string;
}

export function lookOf(element: Element): ChartLook {
  const style = getComputedStyle(element);
  const background = getComputedStyle(element.closest('.insight-chart') ?? element).backgroundColor;
  return {
    color: style.color,
    background: background && background !== 'rgba(0, 0, 0, 0)' ? background : '#ffffff',
    fontFamily: style.fontFamily,
  };
}

function element(name: string, attributes: Record<string, string | number>): SVGElement {
  const node = document.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
  return node;
}

export interface ChartFile {
  text: string;
  width: number;
  height: number;
}

export function chartSvgFile(
  chart: SVGSVGElement,
  title: string,
  legend: readonly LegendItem[],
  look: ChartLook,
): ChartFile {
  const width = Number(chart.getAttribute('width')) || 640;
  const chartHeight = Number(chart.getAttribute('height')) || 280;
  const legendHeight = legend.length > 0 ? LEGEND_ROW * Math.ceil(legend.length / 3) + PADDING : 0;
  const height = TITLE_HEIGHT + chartHeight + legendHeight + PADDING;
  const root = element('svg', {
    xmlns: SVG_NS,
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    'font-family': look.fontFamily,
    color: look.color,
  });
  root.append(element('rect', { width, height, fill: look.background }));
  const heading = element('text', {
    x: PADDING,
    y: TITLE_HEIGHT - 10,
    'font-size': 15,
    'font-weight': 600,
    fill: look.color,
  });
  heading.textContent = title;
  root.append(heading);
  const copy = chart.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('y', String(TITLE_HEIGHT));
  copy.setAttribute('color', look.color);
  root.append(copy);
  const columnWidth = (width - 2 * PADDING) / 3;
  legend.forEach((item, index) => {
    const x = PADDING + (index % 3) * columnWidth;
    const y = TITLE_HEIGHT + chartHeight + PADDING + Math.floor(index / 3) * LEGEND_ROW;
    root.append(element('rect', { x, y, width: 12, height: 12, fill: item.color }));
    const label = element('text', { x: x + 18, y: y + 10, 'font-size': 12, fill: look.color });
    label.textContent = item.label;
    root.append(label);
  });
  return { text: new XMLSerializer().serializeToString(root), width, height };
}

/** The SVG drawn at twice its size, as PNG bytes. */
export async function chartPngBytes(file: ChartFile): Promise<Uint8Array> {
  const url = URL.createObjectURL(new Blob([file.text], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = file.width * 2;
    canvas.height = file.height * 2;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('No 2D canvas');
    context.scale(2, 2);
    context.drawImage(image, 0, 0, file.width, file.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('The canvas gave no PNG');
    return new Uint8Array(await blob.arrayBuffer());
  } finally {
    URL.revokeObjectURL(url);
  }
}
