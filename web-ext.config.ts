import { defineWebExtConfig } from 'wxt';

// WXT dev mode cannot launch a browser on our build machines; `npm start` launches Chromium itself.
export default defineWebExtConfig({ disabled: true });
