import { TemplatePicker } from '@/components/overlay/TemplatePicker';
import { registerPart } from '@/lib/assistant/part-registry';

// The template picker's window, injected the first time the picker opens in a page
// (components/overlay/TemplatePickerSlot.tsx); it renders with the assistant's Preact and state
// (components/overlay/ui-host.ts, wxt.config.ts).
export default defineUnlistedScript(() => registerPart('template-picker-ui', { TemplatePicker }));
