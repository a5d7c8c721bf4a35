import type { ComponentType } from 'react';
import { useSignals } from '@preact/signals-react/runtime';
import { pickerState } from '@/lib/assistant/template-picker-state';
import { useUiPart } from './useUiPart';

// The template picker's window is the template-picker-ui part, asked for the first time the picker opens (a typed
// trigger, the shortcut): the trigger and the keys stay in the assistant (lib/assistant/template-picker.ts).

export function TemplatePickerSlot() {
  useSignals();
  const part = useUiPart<{ TemplatePicker: ComponentType }>('template-picker-ui', pickerState.value !== null);
  return part ? <part.TemplatePicker /> : null;
}
