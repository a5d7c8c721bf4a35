import { useChartWidth } from './useChartWidth';
import { ChartFrame, compact, niceScale } from './ChartFrame';

export interface BarSeries {
  label: string;
  colour: string;
  values: (number | undefined)[];
}

const ROW = 18;
const GAP = 10;
const LABEL_W = 160;
const PAD_RIGHT = 56;

/** Horizontal bars, one group per category (platforms, categories, tags): long labels stay readable. */
export function BarChart(props: { testId: string; caption: string; summary: string; locale: string; categories: string[]; series: BarSeries[] }) {
  const { ref, width: W } = useChartWidth();
  const groupH = props.series.length * ROW + GAP;
  const H = Math.max(40, props.categories.length * groupH + 26);
  const max = Math.max(0, ...props.series.flatMap((s) => s.values.map((v) => v ?? 0)));
  const { top, ticks } = niceScale(max);
  const plotW = W - LABEL_W - PAD_RIGHT;
  const x = (v: number) => LABEL_W + (v / top) * plotW;
  return (
    <ChartFrame
      frameRef={ref}
      testId={props.testId}
      caption={props.caption}
      summary={props.summary}
      width={W}
      height={H}
      legend={props.series.length > 1 ? props.series.map((s) => ({ label: s.label, colour: s.colour })) : undefined}
    >
      {ticks.map((tick) => (
        <g key={tick} className="rep-axis">
          <line x1={x(tick)} x2={x(tick)} y1={0} y2={H - 22} />
          <text x={x(tick)} y={H - 6} textAnchor="middle">{compact(tick, props.locale)}</text>
        </g>
      ))}
      {props.categories.map((category, ci) => {
        const y0 = ci * groupH + GAP / 2;
        return (
          <g key={category}>
            <text className="rep-axis-label" x={LABEL_W - 6} y={y0 + (props.series.length * ROW) / 2 + 4} textAnchor="end">
              {category.length > 24 ? `${category.slice(0, 23)}…` : category}
            </text>
            {props.series.map((s, si) => {
              const v = s.values[ci];
              if (v === undefined) return null;
              return (
                <g key={s.label}>
                  <rect x={LABEL_W} y={y0 + si * ROW} width={Math.max(0, x(v) - LABEL_W)} height={ROW - 2} fill={s.colour} />
                  <text className="rep-value" x={x(v) + 4} y={y0 + si * ROW + ROW - 5}>{compact(v, props.locale)}</text>
                </g>
              );
            })}
          </g>
        );
      })}
    </ChartFrame>
  );
}
