import { useSignals } from '@preact/signals-react/runtime';
import type { BoxSession } from '@/lib/assistant/box-session';
import { layoutTick } from '@/lib/assistant/ui-state';

/**
 * Positioned underlines for boxes the Highlight API cannot reach (textarea/input have no text nodes) or
 * browsers without it. Drawn in our shadow root with pointer-events: none, so the site never sees them.
 */
export function FallbackMarks({ session, enabled }: { session: BoxSession; enabled: boolean }) {
  useSignals();
  // Subscribe to scrolling and checks only when marks are drawn at all.
  if (!enabled) return null;
  void layoutTick.value;
  const checked = session.checked.value;
  if (!checked) return null;
  const box = session.root.getBoundingClientRect();
  return (
    <div className="ob-marks" aria-hidden="true">
      {checked.analysis.findings.flatMap((finding) =>
        checked.snapshot
          .rectsFor(finding.start, finding.end)
          .filter((r) => r.bottom > box.top && r.top < box.bottom)
          .map((r, i) => (
            <div
              key={`${finding.ruleId}:${finding.start}:${i}`}
              className={`ob-mark ob-${finding.severity}`}
              data-testid="fallback-mark"
              style={{ top: r.top, left: r.left, width: r.width, height: r.height }}
            />
          )),
      )}
    </div>
  );
}
