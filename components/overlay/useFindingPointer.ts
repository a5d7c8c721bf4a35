import { useEffect } from 'react';
import type { BoxSession } from '@/lib/assistant/box-session';
import { openCard } from '@/lib/assistant/ui-state';

const inside = (r: DOMRect, x: number, y: number) =>
  x >= r.left && x <= r.right && y >= r.top - 2 && y <= r.bottom + 2;

/**
 * Highlights are not elements, so they get no events: hovering is hit-tested against the findings' rects, and a
 * click in the editor opens the card of the finding under the caret.
 */
export function useFindingPointer(session: BoxSession | null): void {
  useEffect(() => {
    if (!session) return;
    const controller = new AbortController();
    const findingAt = (x: number, y: number) => {
      const checked = session.checked.value;
      if (!checked) return null;
      for (const finding of checked.analysis.findings) {
        const rect = checked.snapshot.rectsFor(finding.start, finding.end).find((r) => inside(r, x, y));
        if (rect) return { finding, anchor: rect };
      }
      return null;
    };
    let pending = 0;
    addEventListener(
      'mousemove',
      (event) => {
        if (pending || !event.isTrusted) return;
        pending = requestAnimationFrame(() => {
          pending = 0;
          const box = session.root.getBoundingClientRect();
          if (!inside(box, event.clientX, event.clientY)) return;
          const hit = findingAt(event.clientX, event.clientY);
          if (hit && openCard.value?.finding !== hit.finding) openCard.value = { ...hit, via: 'hover' };
        });
      },
      { passive: true, signal: controller.signal },
    );
    session.root.addEventListener(
      'mouseup',
      (event) => {
        if (!event.isTrusted) return;
        const hit = findingAt(event.clientX, event.clientY);
        if (hit) openCard.value = { ...hit, via: 'click' };
      },
      { signal: controller.signal },
    );
    return () => {
      controller.abort();
      cancelAnimationFrame(pending);
    };
  }, [session]);
}
