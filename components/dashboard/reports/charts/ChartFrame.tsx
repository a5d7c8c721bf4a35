import { useId, type ReactNode, type RefObject } from 'react';

export interface LegendItem {
  label: string;
  colour: string;
  dashed?: boolean;
}

/**
 * A labelled chart: the SVG is one image to assistive technology, named by the caption and described by a
 * text summary of its numbers (the tables next to each chart hold every value).
 */
export function ChartFrame(props: {
  testId: string;
  caption: string;
  summary: string;
  width: number;
  height: number;
  legend?: LegendItem[];
  /** Measured by useChartWidth: the figure's width is the drawing's width. */
  frameRef?: RefObject<HTMLElement | null>;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <figure className="rep-chart" data-testid={props.testId} ref={props.frameRef as RefObject<HTMLElement> | undefined}>
      <svg
        viewBox={`0 0 ${props.width} ${props.height}`}
        width={props.width}
        height={props.height}
        role="img"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-desc`}
        preserveAspectRatio="xMidYMid meet"
      >
        <title id={`${id}-title`}>{props.caption}</title>
        <desc id={`${id}-desc`}>{props.summary}</desc>
        {props.children}
      </svg>
      <figcaption>
        <span>{props.caption}</span>
        {props.legend && props.legend.length > 0 && (
          <ul className="rep-legend" aria-hidden="true">
            {props.legend.map((item) => (
              <li key={item.label}>
                <span className={item.dashed ? 'rep-swatch rep-swatch-line' : 'rep-swatch'} style={{ background: item.colour }} />
                {item.label}
              </li>
            ))}
          </ul>
        )}
      </figcaption>
    </figure>
  );
}

/** Round axis maximum and 4 ticks: 1, 2 or 5 times a power of ten per step. */
export function niceScale(max: number): { top: number; ticks: number[] } {
  if (!(max > 0)) return { top: 1, ticks: [0, 1] };
  const rough = max / 4;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? 10 * power;
  const top = Math.ceil(max / step) * step;
  const ticks: number[] = [];
  for (let v = 0; v <= top + step / 2; v += step) ticks.push(Math.round(v * 1e6) / 1e6);
  return { top, ticks };
}

export function compact(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 }).format(value);
}
