import { useLayoutEffect, useRef } from 'react';
import { effect, type ReadonlySignal } from '@preact/signals-react';

interface Look {
  font: string;
  color: string;
  /** Advance of every digit: the widest one, so the counter does not jiggle as it counts (tabular figures). */
  digitWidth: number;
  /** Measured glyph widths in this font. */
  widths: Map<string, number>;
  cssWidth: number;
  cssHeight: number;
  ratio: number;
  /** The canvas's context, asked for once per bitmap (each call costs a lookup in the browser). */
  context: CanvasRenderingContext2D;
  /** What the bitmap shows now (its context keeps the font, colour and scale set by the last full draw). */
  drawn?: string;
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
    look.current = {
      context,
      font: style.font,
      color: style.color,
      digitWidth,
      widths,
      cssWidth,
      cssHeight,
      ratio,
    };
    draw(look.current, text.peek());
  });

  useLayoutEffect(
    () =>
      effect(() => {
        const value = text.value;
        const canvas = ref.current;
        if (!canvas) return;
        canvas.setAttribute('aria-label', value);
        if (look.current) draw(look.current, value);
      }),
    [text],
  );

  return <canvas ref={ref} className={className} role="img" title={title} data-testid={testId} />;
}

function draw(look: Look, value: string): void {
  const { context } = look;
  const previous = look.drawn;
  look.drawn = value;
  // A keystroke changes a digit or two of a text of the same length ("281/280" → "282/280"): only their cells
  // are cleared and drawn again, one glyph each that the browser has shaped before (a new string is shaped anew).
  let cells = previous?.length === value.length;
  for (let i = 0; cells && i < value.length; i++)
    cells = value[i] === previous![i] || (isDigit(value[i]) && isDigit(previous![i]));
  if (!cells) {
    context.setTransform(look.ratio, 0, 0, look.ratio, 0, 0);
    context.clearRect(0, 0, look.cssWidth, look.cssHeight);
    context.font = look.font;
    context.fillStyle = look.color;
    context.textBaseline = 'middle';
  }
  let x = 0;
  let i = 0;
  for (const char of value) {
    let width = look.widths.get(char);
    if (width === undefined) look.widths.set(char, (width = context.measureText(char).width));
    const digit = isDigit(char);
    if (!cells || !previous!.startsWith(char, i)) {
      if (cells) context.clearRect(x, 0, look.digitWidth, look.cssHeight);
      // Digits are centred in a cell of one width, as tabular figures are.
      context.fillText(char, digit ? x + (look.digitWidth - width) / 2 : x, look.cssHeight / 2);
    }
    x += digit ? look.digitWidth : width;
    i += char.length;
  }
}

const isDigit = (char: string) => char >= '0' && char <= '9';
