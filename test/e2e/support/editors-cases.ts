import { expect, type Page } from '@playwright/test';
import type { EditorKind } from '../../../lib/editors/types';
import { CHROMIUM } from './paths';

/** One editor on one fixture page (see test/fixtures/README.md). */
export interface EditorCase {
  /** Test title part. */
  label: string;
  url: string;
  /** `data-fixture-editor` / `window.fixture.editors` name. */
  name: string;
  kind: EditorKind;
}

export const EDITOR_CASES: EditorCase[] = [
  { label: 'Draft.js (X compose)', url: 'https://x.com/home', name: 'compose', kind: 'draft' },
  { label: 'Lexical (Facebook comment)', url: 'https://facebook.com/', name: 'comment', kind: 'lexical' },
  { label: 'Quill (LinkedIn comment)', url: 'https://linkedin.com/feed/', name: 'comment', kind: 'quill' },
  {
    label: 'ProseMirror/TipTap (Xiaohongshu creator body)',
    url: 'https://creator.xiaohongshu.com/publish/publish/',
    name: 'body',
    kind: 'prosemirror',
  },
  {
    label: 'Slate (Douyin creator description)',
    url: 'https://creator.douyin.com/creator-micro/content/publish/',
    name: 'description',
    kind: 'slate',
  },
  {
    label: 'contenteditable (Xiaohongshu comment)',
    url: 'https://xiaohongshu.com/explore/abc',
    name: 'comment',
    kind: 'contenteditable',
  },
  {
    label: 'plaintext-only contenteditable, no model but its DOM (TikTok Studio caption)',
    url: 'https://tiktok.com/tiktokstudio/upload/caption-input/',
    name: 'caption',
    kind: 'contenteditable',
  },
  {
    label: 'Vue-style textarea (Weibo compose)',
    url: 'https://weibo.com/',
    name: 'compose',
    kind: 'textarea',
  },
  {
    label: 'React textarea (Instagram comment)',
    url: 'https://instagram.com/p/ABC123/',
    name: 'comment',
    kind: 'textarea',
  },
  {
    label: 'input (Xiaohongshu creator title)',
    url: 'https://creator.xiaohongshu.com/publish/publish/',
    name: 'title',
    kind: 'input',
  },
];

/** Same Chromium and host mapping as support/browser.ts, without the extension (strategies are injected). */
export const EDITOR_BROWSER_OPTIONS = {
  ignoreHTTPSErrors: true,
  viewport: { width: 1280, height: 860 },
  launchOptions: {
    executablePath: CHROMIUM,
    args: [
      // The global setup may have moved the fixture server to a free port (when 443 is taken); follow it.
      `--host-resolver-rules=MAP * 127.0.0.1${process.env.ONBRAND_FIXTURE_PORT ? `:${process.env.ONBRAND_FIXTURE_PORT}` : ''}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  },
};

export const editorSelector = (name: string) => `[data-fixture-editor="${name}"]`;

/** The editor's MODEL text, read in the page's main world through the fixture API. */
export function modelText(page: Page, name: string): Promise<string> {
  return page.evaluate((editor) => {
    const api = (window as unknown as { fixture: { editors: Record<string, { getText(): string }> } })
      .fixture;
    return api.editors[editor].getText();
  }, name);
}

export async function expectModel(page: Page, name: string, expected: string): Promise<void> {
  await expect.poll(() => modelText(page, name), { timeout: 3000 }).toBe(expected);
}

/** Clicks into the editor and types like a user (real key events). */
export async function typeInto(page: Page, name: string, text: string): Promise<void> {
  const editor = page.locator(editorSelector(name));
  await editor.scrollIntoViewIfNeeded();
  await editor.click();
  await page.keyboard.type(text);
  await expectModel(page, name, text);
}

/** Moves focus away from the editor, like a template picker or the assistant panel taking it. */
export async function focusElsewhere(page: Page): Promise<void> {
  await page.evaluate(() => {
    const button = document.createElement('button');
    button.textContent = 'elsewhere';
    button.id = 'focus-elsewhere';
    document.body.append(button);
    button.focus();
  });
}
