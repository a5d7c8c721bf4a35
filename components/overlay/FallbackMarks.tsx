import { useMemo } from 'react';
import { computed, type ReadonlySignal } from '@preact/signals-react';
import { useSignals } from '@preact/signals-react/runtime';
import type { BoxSession } from '@/lib/assistant/box-session';
import type { Severity } from '@/lib/engine';
import { layoutTick } from '@/lib/assistant/ui-state';
import { isOverflow, paintedSpan } from '@/lib/assistant/highlights';
import { boxInView } from './box-in-view';

interface MarkBox {
  key: string;
  look: Severity | 'overflow';
  top: number;
  left: number;
  width: number;
  height: number;
}

/**
 * Where the marks go after each check or scroll. The same list object comes back while nothing moved (typing at
 * the end of a draft leaves earlier findings where they were), so the marks then do not re-render at all.
 */
function markBoxes(session: BoxSession): ReadonlySignal<MarkBox[]> {
  let last: { signature: string; boxes: MarkBox[] } = { signature: '', boxes: [] };
  const inView = boxInView(session.root);
  return computed(() => {
    const checked = session.checked.value;
    // Out of view the box's marks are too: none is drawn, and scrolling is not followed until it is back.
    if (!checked || !inView.value) return (last = { signature: '', boxes: [] }).boxes;
    void layoutTick.value;
    const box = session.root.getBoundingClientRect();
    const boxes = checked.analysis.findings.flatMap((finding): MarkBox[] => {
      const span = paintedSpan(finding);
      return checked.snapshot
        .rectsFor(span.start, span.end)
        .filter((r) => r.bottom > box.top && r.top < box.bottom)
        .map((r, i) => ({
          key: `${finding.ruleId}:${finding.start}:${i}`,
          look: isOverflow(finding) ? 'overflow' : finding.severity,
          top: r.top,
          left: r.left,
          width: r.width,
          height: r.height,
        }));
    });
    const signature = boxes
      .map((b) => `${b.key},${b.look},${b.top},${b.left},${b.width},${b.height}`)
      .join('|');
    if (signature !== last.signature) last = { signature, boxes };
    return last.boxes;
  });
}

/**
 * Positioned underlines for boxes the Highlight API cannot reach (textarea/input have no text nodes) or
 * browsers without it. Drawn in our shadow root with pointer-events: none, so the site never sees them.
 */
export function FallbackMarks({ session, enabled }: { session: BoxSession; enabled: boolean }) {
  useSignals();
  const marks = useMemo(() => markBoxes(session), [session]);
  // Subscribe to scrolling and checks only when marks are drawn at all.
  if (!enabled) return null;
  return (
    <div className="ob-marks" aria-hidden="true">
      {marks.value.map((mark) => (
        <div
          key={mark.key}
          className={`ob-mark ob-${mark.look}`}
          data-testid="fallback-mark"
          style={{ top: mark.top, left: mark.left, width: mark.width, height: mark.height }}
        />
      ))}
    </div>
  );
}
