/**
 * A trend's chart as a PNG, drawn on the server without a browser: the
 * values become a Vega-Lite spec, Vega renders it to SVG (no canvas), and
 * resvg rasterises the SVG with DejaVu Sans, shipped as a package
 * (dejavu-fonts-ttf) so that Vietnamese letters draw on a fresh machine with
 * no system fonts. Every point carries its citation number as its label, so
 * the picture and the quoted list below it read together.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import type { Chart } from '../model/answer.ts';
import type { Lang } from '../model/report.ts';

const require = createRequire(import.meta.url);
const FONT_FILES = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((f) => require.resolve(`dejavu-fonts-ttf/ttf/${f}`));
const FONT = 'DejaVu Sans';

const VI_NUMBERS = { decimal: ',', thousands: '.', grouping: [3], currency: ['', ' ₫'] };

export const CHART_SIZE = { width: 640, height: 320 };

const AXIS = {
  en: { period: 'Year or term', value: 'As stated in the reports', office: 'Office' },
  vi: { period: 'Năm hoặc nhiệm kỳ', value: 'Theo số liệu báo cáo', office: 'Cơ quan' },
};

/** The Vega-Lite spec: one line and its points per office, each point labelled [n]. */
export function chartSpec(chart: Chart, lang: Lang): Record<string, unknown> {
  const a = AXIS[lang];
  const values = chart.points.map((p) => ({ ...p, label: `[${p.cite}]` }));
  const x = { field: 'x', type: 'ordinal', title: a.period, sort: { field: 'order' }, axis: { labelAngle: 0 } };
  const y = { field: 'value', type: 'quantitative', title: a.value, axis: { format: ',d' } };
  const color = { field: 'series', type: 'nominal', title: a.office, legend: { orient: 'bottom', labelLimit: 600 } };
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: CHART_SIZE.width,
    height: CHART_SIZE.height,
    title: { text: chart.title, limit: CHART_SIZE.width },
    data: { values },
    layer: [
      { mark: { type: 'line', point: { size: 60, filled: true } }, encoding: { x, y, color } },
      { mark: { type: 'text', dy: -12, fontSize: 11 }, encoding: { x, y, text: { field: 'label' }, color } },
    ],
    // Numbers as the reports write them: "30.000" in Vietnamese.
    config: { font: FONT, background: 'white', view: { stroke: null }, padding: 16, ...(lang === 'vi' ? { locale: { number: VI_NUMBERS } } : {}) },
  };
}

/** The chart as PNG bytes, with the size it was drawn at. */
export async function renderChartPng(chart: Chart, lang: Lang): Promise<{ png: Buffer; width: number; height: number }> {
  // Loaded at the first chart: most answers never draw one.
  const [vega, { compile }, { Resvg }] = await Promise.all([import('vega'), import('vega-lite'), import('@resvg/resvg-js')]);
  const view = new vega.View(vega.parse(compile(chartSpec(chart, lang) as never).spec), { renderer: 'none' });
  try {
    const svg = await view.toSVG();
    const image = new Resvg(svg, { font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: FONT }, background: 'white' }).render();
    return { png: image.asPng(), width: image.width, height: image.height };
  } finally {
    view.finalize();
  }
}

/** The chart written as a PNG file at `path` (its folder made if need be): the console and the command line save charts this way. */
export async function writeChartPng(chart: Chart, lang: Lang, path: string): Promise<void> {
  const { png } = await renderChartPng(chart, lang);
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, png);
}
