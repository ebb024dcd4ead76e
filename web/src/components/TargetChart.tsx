// The chart of a target (ECharts, only the parts used, loaded on demand so the first page stays light).
import { useEffect, useRef } from 'react';
import * as echarts from 'echarts/core';
import { LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent, MarkPointComponent, AriaComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import { formatDateVi } from '../../../src/domain/format.ts';
import { useAppState } from '../app-state.tsx';
import { chartData } from '../chart-data.ts';
import { useI18n } from '../i18n.tsx';
import type { TargetDetail } from '../../../src/contract/index.ts';

echarts.use([LineChart, GridComponent, LegendComponent, TooltipComponent, MarkPointComponent, AriaComponent, CanvasRenderer]);

const dayBefore = (ms: number) => {
  const d = new Date(ms - 86_400_000);
  return formatDateVi(`${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`);
};

export default function TargetChart({ target }: { target: TargetDetail }) {
  const ref = useRef<HTMLDivElement>(null);
  const { t, amount, number } = useI18n();
  const { unitName } = useAppState();
  useEffect(() => {
    if (!ref.current) return;
    const chart = echarts.init(ref.current, undefined, { renderer: 'canvas' });
    const d = chartData(target);
    const unit = target.unit;
    const fmt = (v: number) => amount(v, unit);
    const axisFmt = (v: number) => (Math.abs(v) >= 1e6 ? amount(v, unit).replace(/ [^ ]*$/, '') : number(v));
    chart.setOption({
      aria: { enabled: true },
      animation: false,
      grid: { left: 8, right: 16, top: 48, bottom: 8, containLabel: true },
      legend: { top: 0, type: 'scroll' },
      tooltip: {
        trigger: 'item',
        // The tooltip is HTML: every text in it is encoded (a unit's name is user data, and CSP is not the only guard).
        formatter: (p: { seriesName: string; value: [number, number] }) =>
          `${echarts.format.encodeHTML(p.seriesName)}<br/>${echarts.format.encodeHTML(dayBefore(p.value[0]))}: <b>${echarts.format.encodeHTML(fmt(p.value[1]))}</b>`,
      },
      xAxis: { type: 'time', axisLabel: { formatter: (v: number) => String(new Date(v).getUTCFullYear()) }, minInterval: 365 * 86_400_000 },
      yAxis: { type: 'value', scale: true, axisLabel: { formatter: axisFmt } },
      series: [
        { name: t('chartTrajectory'), type: 'line', data: d.trajectory, symbol: 'none', lineStyle: { type: 'dashed', width: 2 }, color: '#868e96' },
        { name: t('chartNeeded'), type: 'line', data: d.needed, symbol: 'none', lineStyle: { type: 'dotted', width: 2 }, color: '#e8590c' },
        {
          name: t('chartFigures'), type: 'line', data: d.figures, symbol: 'circle', symbolSize: 9, lineStyle: { width: 3 }, color: '#1c7ed6',
          label: { show: true, position: 'top', formatter: (p: { value: [number, number] }) => number(p.value[1]) },
        },
        ...d.others.map((o, i) => ({
          name: t('chartOther', { unit: unitName(o.unitId) }), type: 'line', data: o.points, symbol: i % 2 ? 'rect' : 'triangle', symbolSize: 9,
          lineStyle: { width: 1 }, color: ['#2f9e44', '#ae3ec9', '#f08c00'][i % 3],
        })),
        {
          name: t('chartGoal'), type: 'line', data: d.goal ? [d.goal] : [], symbol: 'diamond', symbolSize: 14, color: '#c92a2a',
          label: { show: true, position: 'left', formatter: (p: { value: [number, number] }) => number(p.value[1]) },
        },
      ],
    });
    const onResize = () => chart.resize();
    window.addEventListener('resize', onResize);
    return () => {
      window.removeEventListener('resize', onResize);
      chart.dispose();
    };
  }, [target, t, amount, number, unitName]);
  return <div ref={ref} className="hd-chart" data-testid="target-chart" role="img" aria-label={t('targetChart')} />;
}
