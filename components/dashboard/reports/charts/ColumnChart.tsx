import { useChartWidth } from './useChartWidth';
import { ChartFrame, compact, niceScale, type LegendItem } from './ChartFrame';

export interface ColumnSeries {
  label: string;
  colour: string;
  values: number[];
}

const H = 220;
const PAD = { left: 40, right: 8, top: 10, bottom: 28 };

/**
 * Vertical columns over categories (days, windows), stacked by series, with an optional line (the plan) and
 * an optional dashed threshold. One <path> per series keeps a year of days cheap to draw.
 */
export function ColumnChart(props: {
  testId: string;
  caption: string;
  summary: string;
  locale: string;
  categories: string[];
  series: ColumnSeries[];
  line?: { label: string; colour: string; values: number[] };
  threshold?: { label: string; value: number };
  /** Categories to label on the x axis (every one when few). */
  labelEvery?: number;
}) {
  const { ref, width: W } = useChartWidth();
  const n = props.categories.length;
  const totals = props.categories.map((_, i) => props.series.reduce((sum, s) => sum + (s.values[i] ?? 0), 0));
  const max = Math.max(0, ...totals, ...(props.line?.values ?? []), props.threshold?.value ?? 0);
  const { top, ticks } = niceScale(max);
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const slot = plotW / Math.max(n, 1);
  const barW = Math.max(1, slot * 0.78);
  const y = (v: number) => PAD.top + plotH - (v / top) * plotH;
  const x = (i: number) => PAD.left + i * slot + (slot - barW) / 2;
  // Room for a label every ~56 px of plot, so 12 px labels never run into each other at any width.
  const every = Math.max(props.labelEvery ?? 1, Math.ceil(n / Math.max(1, Math.floor(plotW / 56))));

  const base = new Array<number>(n).fill(0);
  const paths = props.series.map((s) => {
    let d = '';
    for (let i = 0; i < n; i++) {
      const v = s.values[i] ?? 0;
      if (v <= 0) continue;
      const y0 = y(base[i]);
      const y1 = y(base[i] + v);
      d += `M${x(i).toFixed(1)} ${y0.toFixed(1)}V${y1.toFixed(1)}h${barW.toFixed(1)}V${y0.toFixed(1)}Z`;
      base[i] += v;
    }
    return { ...s, d };
  });
  const legend: LegendItem[] = props.series.map((s) => ({ label: s.label, colour: s.colour }));
  if (props.line) legend.push({ label: props.line.label, colour: props.line.colour, dashed: true });
  if (props.threshold) legend.push({ label: props.threshold.label, colour: 'var(--ob-block)', dashed: true });

  return (
    <ChartFrame frameRef={ref} testId={props.testId} caption={props.caption} summary={props.summary} width={W} height={H} legend={legend}>
      {ticks.map((tick) => (
        <g key={tick} className="rep-axis">
          <line x1={PAD.left} x2={W - PAD.right} y1={y(tick)} y2={y(tick)} />
          <text x={PAD.left - 4} y={y(tick) + 4} textAnchor="end">{compact(tick, props.locale)}</text>
        </g>
      ))}
      {paths.map((p) => (p.d ? <path key={p.label} d={p.d} fill={p.colour} /> : null))}
      {props.line && (
        <polyline
          className="rep-line"
          fill="none"
          stroke={props.line.colour}
          strokeDasharray="4 3"
          points={props.line.values.map((v, i) => `${(x(i) + barW / 2).toFixed(1)},${y(v).toFixed(1)}`).join(' ')}
        />
      )}
      {props.threshold && (
        <line className="rep-threshold" x1={PAD.left} x2={W - PAD.right} y1={y(props.threshold.value)} y2={y(props.threshold.value)} />
      )}
      {props.categories.map((c, i) =>
        i % every === 0 || i === n - 1 ? (
          <text key={c + i} className="rep-axis-label" x={x(i) + barW / 2} y={H - 8} textAnchor="middle">{c}</text>
        ) : null,
      )}
    </ChartFrame>
  );
}
