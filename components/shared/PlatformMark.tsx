import { byPlatform } from '@/lib/platforms';
import { markInk } from '@/lib/platforms/mark-ink';

/** Each platform's monogram, colour and legible ink (lib/platforms/). */
const MARKS: Record<string, { text: string; colour: string; ink: string }> = byPlatform((platform) => ({
  text: platform.mark,
  colour: platform.colour,
  ink: markInk(platform.colour),
}));

/**
 * A platform's monogram in its colour, on calendar slots and the popup's timeline. Decorative (aria-hidden):
 * every place that shows it names the platform in words beside it.
 */
export function PlatformMark({ platform }: { platform: string }) {
  const mark = MARKS[platform] ?? MARKS.generic!;
  return (
    <span
      className="platform-mark"
      style={{ background: mark.colour, color: mark.ink }}
      aria-hidden="true"
      data-testid="platform-mark"
    >
      {mark.text}
    </span>
  );
}
