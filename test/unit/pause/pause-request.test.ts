import { describe, expect, it, vi } from 'vitest';
import { onPauseSwitchRequest, requestPauseSwitch } from '../../../components/shared/pause-request';

// An offer opens the page's one pause switch (issue 21 point 4: the popup's crisis notice, the reports' crisis
// section, the dashboard opened from a page's offer before its switch is mounted).
describe('requests to open the pause switch', () => {
  it('reaches the switch mounted, and a request made before it mounts reaches it once it does', () => {
    const early = vi.fn();
    requestPauseSwitch();
    const stopEarly = onPauseSwitchRequest(early);
    expect(early).toHaveBeenCalledTimes(1);
    requestPauseSwitch();
    expect(early).toHaveBeenCalledTimes(2);
    stopEarly();
    requestPauseSwitch();
    expect(early).toHaveBeenCalledTimes(2);

    // With no switch mounted the last request waits for the next one, and reaches it once only.
    const later = vi.fn();
    const stopLater = onPauseSwitchRequest(later);
    expect(later).toHaveBeenCalledTimes(1);
    const again = vi.fn();
    const stopAgain = onPauseSwitchRequest(again);
    expect(again).not.toHaveBeenCalled();
    stopLater();
    stopAgain();
  });
});
