import { effect } from '@preact/signals-react';
import { exceptionNotice, findingsListOpen, openCard, selectionCheck } from './ui-state';
import { pickerState } from './template-picker-state';

// The overlay's panels (findings list, finding card, template picker, selection check): one at a time. The one
// that opened last stays; the others close. Escape closes whichever is open (see keyboard.ts).

type PanelName = 'list' | 'card' | 'picker' | 'selection';

const isOpen = (): Record<PanelName, boolean> => ({
  list: findingsListOpen.value !== null,
  card: openCard.value !== null || exceptionNotice.value !== null,
  picker: pickerState.value !== null,
  selection: selectionCheck.value !== null,
});

function close(panel: PanelName): void {
  if (panel === 'list') findingsListOpen.value = null;
  else if (panel === 'card') {
    openCard.value = null;
    exceptionNotice.value = null;
  } else if (panel === 'picker') pickerState.value = null;
  else selectionCheck.value = null;
}

export function anyPanelOpen(): boolean {
  return Object.values(isOpen()).some(Boolean);
}

export function closeAllPanels(): void {
  for (const panel of ['list', 'card', 'picker', 'selection'] as const) close(panel);
}

/** Keeps at most one panel open: the newest. Returns the stop function. */
export function keepOnePanel(): () => void {
  let shown = new Set<PanelName>();
  return effect(() => {
    const open = isOpen();
    const now = (Object.keys(open) as PanelName[]).filter((panel) => open[panel]);
    const fresh = now.filter((panel) => !shown.has(panel));
    shown = new Set(now);
    if (!fresh.length || now.length < 2) return;
    for (const panel of now) if (!fresh.includes(panel)) close(panel);
    shown = new Set(fresh);
  });
}
