import { useChartWidth } from './useChartWidth';
import { ChartFrame, compact, niceScale } from './ChartFrame';

export interface LineSeries {
  label: string;
  colour: string;
  points: { at: number; value: number }[];
}

const H = 220;
const PAD = { left: 44, right: 10, top: 10, bottom: 28 };

/** Values over time (engagement growth): one polyline per series on a shared time axis. */
export function LineChart(props: { testId: string; caption: string; summary: string; locale: string; series: LineSeries[] }) {
  const { ref, width: W } = useChartWidth();
  const all = props.series.flatMap((s) => s.points);
  const t0 = Math.min(...all.map((p) => p.at));
  const t1 = Math.max(...all.map((p) => p.at));
  const { top, ticks } = niceScale(Math.max(0, ...all.map((p) => p.value)));
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const x = (at: number) => PAD.left + (t1 > t0 ? ((at - t0) / (t1 - t0)) * plotW : plotW / 2);
  const y = (v: number) => PAD.top + plotH - (v / top) * plotH;
  const day = (at: number) => new Date(at).toLocaleDateString(props.locale, { month: 'short', day: 'numeric' });
  return (
    <ChartFrame
      frameRef={ref}
      testId={props.testId}
      caption={props.caption}
      summary={props.summary}
      width={W}
      height={H}
      legend={props.series.map((s) => ({ label: s.label, colour: s.colour }))}
    >
      {ticks.map((tick) => (
        <g key={tick} className="rep-axis">
          <line x1={PAD.left} x2={W - PAD.right} y1={y(tick)} y2={y(tick)} />
          <text x={PAD.left - 4} y={y(tick) + 4} textAnchor="end">{compact(tick, props.locale)}</text>
        </g>
      ))}
      {all.length > 0 && (
        <>
          <text className="rep-axis-label" x={PAD.left} y={H - 8}>{day(t0)}</text>
          <text className="rep-axis-label" x={W - PAD.right} y={H - 8} textAnchor="end">{day(t1)}</text>
        </>
      )}
      {props.series.map((s) => (
        <g key={s.label}>
          <polyline fill="none" stroke={s.colour} strokeWidth={2} points={s.points.map((p) => `${x(p.at).toFixed(1)},${y(p.value).toFixed(1)}`).join(' ')} />
          {s.points.length === 1 && <circle cx={x(s.points[0].at)} cy={y(s.points[0].value)} r={3} fill={s.colour} />}
        </g>
      ))}
    </ChartFrame>
  );
}
