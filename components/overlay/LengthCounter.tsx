import { useLayoutEffect, useRef } from 'react';
import { effect, type ReadonlySignal } from '@preact/signals-react';

interface Look {
  font: string;
  color: string;
  /** Advance of every digit: the widest one, so the counter does not jiggle as it counts (tabular figures). */
  digitWidth: number;
  /** The font's digits already share one width (most UI fonts): the text is drawn in one call. */
  tabular: boolean;
  /** Measured glyph widths in this font. */
  widths: Map<string, number>;
  cssWidth: number;
  cssHeight: number;
  ratio: number;
}

/**
 * The platform length counter, drawn on a canvas. It changes on every keystroke; as text it would make the browser
 * lay the page out a second time in the keystroke's frame (and hit-test under the mouse again after that), where a
 * canvas only repaints itself. The text is the canvas's accessible name. Font and colour come from its CSS
 * (`className`), read after each render (they change with the state, not per keystroke).
 */
export function LengthCounter({
  text,
  className,
  title,
  testId,
}: {
  text: ReadonlySignal<string>;
  className: string;
  title: string;
  testId: string;
}) {
  const ref = useRef<HTMLCanvasElement>(null);
  const look = useRef<Look | null>(null);

  // After each render (class, theme or width may have changed): read the CSS once, size the bitmap, draw.
  useLayoutEffect(() => {
    const canvas = ref.current;
    const context = canvas?.getContext('2d');
    if (!canvas || !context) return;
    const style = getComputedStyle(canvas);
    const ratio = devicePixelRatio || 1;
    const cssWidth = canvas.clientWidth;
    const cssHeight = canvas.clientHeight;
    canvas.width = Math.round(cssWidth * ratio);
    canvas.height = Math.round(cssHeight * ratio);
    context.font = style.font;
    const widths = new Map('0123456789'.split('').map((digit) => [digit, context.measureText(digit).width]));
    const digitWidth = Math.max(...widths.values());
    const tabular = Math.min(...widths.values()) > digitWidth - 0.01;
    look.current = {
      font: style.font,
      color: style.color,
      digitWidth,
      tabular,
      widths,
      cssWidth,
      cssHeight,
      ratio,
    };
    draw(canvas, look.current, text.peek());
  });

  useLayoutEffect(
    () =>
      effect(() => {
        const value = text.value;
        const canvas = ref.current;
        if (!canvas) return;
        canvas.setAttribute('aria-label', value);
        if (look.current) draw(canvas, look.current, value);
      }),
    [text],
  );

  return <canvas ref={ref} className={className} role="img" title={title} data-testid={testId} />;
}

function draw(canvas: HTMLCanvasElement, look: Look, value: string): void {
  const context = canvas.getContext('2d');
  if (!context) return;
  context.setTransform(look.ratio, 0, 0, look.ratio, 0, 0);
  context.clearRect(0, 0, look.cssWidth, look.cssHeight);
  context.font = look.font;
  context.fillStyle = look.color;
  context.textBaseline = 'middle';
  if (look.tabular) return context.fillText(value, 0, look.cssHeight / 2);
  let x = 0;
  for (const char of value) {
    let width = look.widths.get(char);
    if (width === undefined) look.widths.set(char, (width = context.measureText(char).width));
    const isDigit = char >= '0' && char <= '9';
    // Digits are centred in a cell of one width, as tabular figures are.
    context.fillText(char, isDigit ? x + (look.digitWidth - width) / 2 : x, look.cssHeight / 2);
    x += isDigit ? look.digitWidth : width;
  }
}
