// Charts of the review report as PNG images: ECharts renders SVG on the server, resvg rasterises it.
// Every bar carries its category and its count in text, so nothing is said by colour alone
// (the document may be printed in black and white, and read by people who do not see colour).
import { existsSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import * as echarts from 'echarts';

export interface ChartImage {
  png: Buffer;
  /** Size to place it at in the document, in pixels at 96 dpi. */
  width: number;
  height: number;
}

export interface Bar {
  label: string;
  value: number;
}

// Fonts with Vietnamese glyphs, in order of preference; whichever exists is handed to resvg,
// and the system fonts are loaded as well so a machine without these still draws text.
const FONT_CANDIDATES = [
  '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
  '/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf',
  '/usr/share/fonts/dejavu/DejaVuSans.ttf',
  '/usr/share/fonts/TTF/DejaVuSans.ttf',
];
const FONT_FILES = FONT_CANDIDATES.filter((f) => existsSync(f));
const FONT_FAMILY = FONT_FILES[0]?.includes('Liberation') ? 'Liberation Sans' : 'DejaVu Sans';

// Rendered at twice the placed size so the print is sharp.
const SCALE = 2;

/** A horizontal bar chart: one bar per category, its count written at its end. */
export function barChart(title: string, bars: Bar[], width = 560): ChartImage {
  const height = 64 + bars.length * 27;
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  chart.setOption({
    animation: false,
    textStyle: { fontFamily: FONT_FAMILY, fontSize: 13, color: '#000' },
    title: { text: title, left: 'center', top: 4, textStyle: { fontFamily: FONT_FAMILY, fontSize: 14, fontWeight: 'bold', color: '#000' } },
    grid: { left: 8, right: 48, top: 40, bottom: 10, containLabel: true },
    xAxis: { type: 'value', minInterval: 1, axisLabel: { color: '#333' }, splitLine: { lineStyle: { color: '#ddd' } } },
    yAxis: {
      type: 'category',
      inverse: true,
      data: bars.map((b) => b.label),
      axisLabel: { color: '#000', fontSize: 13 },
      axisTick: { show: false },
    },
    series: [
      {
        type: 'bar',
        data: bars.map((b) => b.value),
        barMaxWidth: 18,
        // One dark grey: the labels carry the meaning; colour would only suggest a judgement.
        itemStyle: { color: '#4a5d7e' },
        label: { show: true, position: 'right', color: '#000', fontSize: 13, fontWeight: 'bold' },
      },
    ],
  });
  const svg = chart.renderToSVGString();
  chart.dispose();
  const png = new Resvg(svg, {
    fitTo: { mode: 'width', value: width * SCALE },
    background: '#ffffff',
    font: { fontFiles: FONT_FILES, loadSystemFonts: true, defaultFontFamily: FONT_FAMILY },
  })
    .render()
    .asPng();
  return { png, width, height };
}
