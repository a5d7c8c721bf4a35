import type { Page } from '@playwright/test';
import { test, expect } from '../support/test';
import { TEST_KIT, seedKit } from '../support/kit';
import { storedRecords } from '../support/records';
import { overlay } from '../support/overlay';
import { SITE_BOXES, modelText, publishedPosts } from '../support/site-pages';
import type { BrandKit } from '@/lib/engine/schema';
import type { TemplateLibrary } from '@/lib/templates';

// The trust boundary against the site's own scripts (page.evaluate runs in the page's MAIN world, as the site's JS,
// its ad scripts or an XSS would). A page script can read no kit, template or finding text and can create no
// record and no override; the same steps taken by the person (Playwright's trusted CDP input) still work.

/** Strings only the kit and the template library hold: none may ever be readable from the page. */
const SECRETS = [
  'KITSECRET',
  'TEMPLATESECRET',
  'Hold on: this post breaks the brand kit',
  'Post anyway',
  'Reply templates',
];
/** What the person types into the gate's reason: the page must not see it either. */
const REASON = 'USERSECRET quoting a customer';

const KIT: BrandKit = {
  ...TEST_KIT,
  bannedTerms: [
    {
      term: 'damn',
      category: 'profanity',
      severity: 'block',
      suggestions: ['KITSECRET-suggestion'],
      message: { en: 'KITSECRET profanity message', zh: 'KITSECRET 脏话' },
    },
  ],
  preferredTerms: [{ term: 'users', replacement: 'KITSECRET-customers' }],
};

const LIBRARY: TemplateLibrary = {
  version: 1,
  trigger: ';;',
  usage: {},
  templates: [
    {
      id: 'crisis',
      name: 'TEMPLATESECRET Crisis script (internal)',
      shortcut: 'crisis',
      language: 'en',
      tags: [],
      platforms: [],
      createdAt: 1,
      updatedAt: 1,
      body: 'TEMPLATESECRET INTERNAL: do not admit fault, offer a voucher only if asked',
    },
  ],
};

interface TrustBox {
  site: string;
  kind: string;
  url: string;
  editor: string;
  /** Playwright's selector of the site's submit control (the person clicks it). */
  submit: string;
  /**
   * The box's element, for the person's clicks and the script alike. X's Draft.js remounts its contenteditable
   * after a script's paste, dropping the fixture's marker; its data-testid stays.
   */
  editorCss: string;
  /** The same control as the page's own script finds it (main world, plain DOM): a selector, and its text if needed. */
  findSubmit: { css: string; text?: string };
}

const siteBox = (site: string) => SITE_BOXES.find((b) => b.site === site)!;
const BOXES: TrustBox[] = [
  {
    ...siteBox('x'),
    editorCss: '[data-testid="tweetTextarea_0"]',
    findSubmit: { css: '[data-testid="tweetButtonInline"]' },
  },
  {
    ...siteBox('weibo'),
    editorCss: '[data-fixture-editor="compose"]',
    findSubmit: { css: 'button.woo-button-main', text: '发送' },
  },
  {
    ...siteBox('facebook'),
    editorCss: '[data-fixture-editor="composer"]',
    findSubmit: { css: 'div[aria-label="Post"][role=button]' },
  },
];

/**
 * Installed before the site's scripts, in the main world: logs every event a page can listen to for on window
 * (capture), every message, and every DOM change, as the site's own analytics could.
 */
function installSpy(): void {
  const spy = { events: [] as string[], mutations: [] as string[] };
  (window as unknown as { __spy: typeof spy }).__spy = spy;
  const types = [
    'keydown',
    'keyup',
    'keypress',
    'input',
    'beforeinput',
    'textInput',
    'paste',
    'copy',
    'cut',
    'drop',
    'compositionstart',
    'compositionupdate',
    'compositionend',
    'click',
    'focusin',
    'focusout',
    'change',
    'select',
    'selectionchange',
    'message',
    'submit',
    'invalid',
    'toggle',
    'animationstart',
    'transitionend',
  ];
  for (const type of types) {
    window.addEventListener(
      type,
      (event) => {
        const e = event as Event & {
          key?: string;
          data?: unknown;
          detail?: unknown;
          clipboardData?: DataTransfer | null;
        };
        spy.events.push(
          JSON.stringify({
            type,
            key: e.key,
            data: e.data,
            detail: e.detail,
            clip: e.clipboardData?.getData('text/plain'),
            target: (e.target as Element | null)?.nodeName,
          }),
        );
      },
      true,
    );
  }
  new MutationObserver((records) => {
    for (const record of records) {
      spy.mutations.push(
        `${record.type} ${(record.target as Element).nodeName} ${record.attributeName ?? ''} ${(record.target as Element).getAttribute?.(record.attributeName ?? '') ?? ''}`,
      );
      for (const node of record.addedNodes)
        spy.mutations.push(node instanceof Element ? node.outerHTML : (node.textContent ?? ''));
    }
  }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
}

/**
 * Everything a page script can read right now: the DOM with every open shadow root it can reach, attributes,
 * styles, the selection, the highlights' ranges, storage, and what the spy logged. Also what it finds at the
 * overlay's host (which must be nothing).
 */
function scanPage(): {
  text: string;
  host: { present: boolean; shadowRoot: boolean; children: number; attributes: string[] };
} {
  const parts: string[] = [
    document.documentElement.outerHTML,
    document.title,
    String(getSelection()),
    window.name,
  ];
  const walk = (root: Document | ShadowRoot) => {
    for (const element of root.querySelectorAll('*')) {
      if (element.shadowRoot) {
        parts.push(element.shadowRoot.innerHTML);
        walk(element.shadowRoot);
      }
    }
  };
  walk(document);
  for (const [name, highlight] of CSS.highlights)
    parts.push(name, ...[...(highlight as unknown as Set<Range>)].map(String));
  for (const sheet of document.styleSheets) {
    try {
      parts.push(...[...sheet.cssRules].map((rule) => rule.cssText));
    } catch {
      // Cross-origin sheet.
    }
  }
  for (const storage of [localStorage, sessionStorage])
    for (let i = 0; i < storage.length; i++) parts.push(storage.getItem(storage.key(i)!) ?? '');
  const spy = (window as unknown as { __spy: { events: string[]; mutations: string[] } }).__spy;
  parts.push(...spy.events, ...spy.mutations);
  const host = document.querySelector('onbrand-assistant');
  return {
    text: parts.join('\n'),
    host: {
      present: Boolean(host),
      shadowRoot: Boolean(host?.shadowRoot),
      children: host?.childNodes.length ?? 0,
      attributes: host ? host.getAttributeNames() : [],
    },
  };
}

async function expectNothingReadable(page: Page): Promise<void> {
  const scan = await page.evaluate(scanPage);
  for (const secret of [...SECRETS, REASON])
    expect(scan.text, `the page can read "${secret}"`).not.toContain(secret);
  if (scan.host.present)
    expect(scan.host).toEqual({ present: true, shadowRoot: false, children: 0, attributes: [] });
}

/**
 * The page's own script: focus the box and put text in at the caret, as the reported attack did: execCommand in
 * a textarea; a synthetic paste into rich editors, which take it into their model (execCommand there breaks
 * Draft.js's DOM, so a site's script would not use it).
 */
async function scriptWrites(page: Page, box: TrustBox, text: string): Promise<void> {
  await page.evaluate(
    ({ editor, text }) => {
      const element = document.querySelector<HTMLElement>(editor)!;
      element.focus();
      if (element instanceof HTMLTextAreaElement) {
        element.setSelectionRange(element.value.length, element.value.length);
        document.execCommand('insertText', false, text);
        return;
      }
      const data = new DataTransfer();
      data.setData('text/plain', text);
      element.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
      );
    },
    { editor: box.editorCss, text },
  );
}

/** The page's own script presses the site's submit: `.click()` and a synthetic Enter / Ctrl+Enter. */
async function scriptSubmits(page: Page, box: TrustBox): Promise<void> {
  await page.evaluate(({ css, text }) => {
    const submit = [...document.querySelectorAll<HTMLElement>(css)].find(
      (element) => !text || element.textContent?.includes(text),
    );
    submit!.click();
  }, box.findSubmit);
}

/** The page's own script tries to answer the gate dialog: through the host, at the dialog's point, by keys and execCommand. */
async function scriptTriesTheGate(page: Page): Promise<{ shadowRoot: boolean; found: number }> {
  return page.evaluate(() => {
    const host = document.querySelector('onbrand-assistant') as HTMLElement | null;
    let found = 0;
    for (const [x, y] of [
      [innerWidth / 2, innerHeight / 2],
      [innerWidth / 2 + 60, innerHeight / 2 + 60],
    ]) {
      for (const element of document.elementsFromPoint(x, y)) {
        if (element.closest('[data-testid]')?.getAttribute('data-testid')?.startsWith('gate')) found++;
        element.dispatchEvent(
          new MouseEvent('click', { bubbles: true, composed: true, clientX: x, clientY: y }),
        );
      }
    }
    const active = document.activeElement as HTMLElement | null;
    for (const key of ['Tab', 'Tab', 'Enter', ' '])
      active?.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
    document.execCommand('insertText', false, 'reason chosen by the page');
    host?.click();
    return { shadowRoot: Boolean(host?.shadowRoot), found };
  });
}

/** Records by kind (a check summary may accompany the person's publish: what they fixed on the way). */
const countByKind = (records: { kind: string }[]) =>
  records
    .filter((r) => r.kind !== 'check-summary')
    .reduce<Record<string, number>>((counts, r) => ({ ...counts, [r.kind]: (counts[r.kind] ?? 0) + 1 }), {});

for (const box of BOXES) {
  test(`${box.site} (${box.kind}): a page script reads nothing and records nothing; the person still can`, async ({
    ext,
    openExtensionPage,
  }) => {
    test.setTimeout(90_000);
    const dashboard = await openExtensionPage('options.html');
    await seedKit(dashboard, KIT);
    await dashboard.evaluate(async (library) => {
      await (
        globalThis as unknown as { chrome: { storage: { local: { set(x: unknown): Promise<void> } } } }
      ).chrome.storage.local.set({ templates: library });
    }, LIBRARY);
    const baseline = countByKind(await storedRecords(dashboard));
    const recordsUnchanged = async () =>
      expect(countByKind(await storedRecords(dashboard))).toEqual(baseline);

    const page = await ext.context.newPage();
    await page.addInitScript(installSpy);
    await page.goto(box.url);
    await page.waitForFunction(() => 'fixture' in window);
    const ui = overlay(page);

    // 1. The script alone: its focus() does not load the assistant; what it posts is the site's business, unrecorded.
    await scriptWrites(page, box, 'FORGED BY PAGE SCRIPT damn');
    await expect.poll(() => modelText(page, box.editor)).toBe('FORGED BY PAGE SCRIPT damn');
    await scriptSubmits(page, box);
    await expect.poll(() => publishedPosts(page)).toEqual(['FORGED BY PAGE SCRIPT damn']);
    await page.waitForTimeout(800);
    expect(await page.locator('onbrand-assistant').count()).toBe(0);
    await recordsUnchanged();

    // 2. The person clicks into the box and types: the assistant loads and checks.
    await page.locator(box.editorCss).click();
    await ui.getByTestId('onbrand-badge').waitFor('visible');
    await page.keyboard.type('Hello');
    await ui.getByTestId('badge-clean').waitFor('visible');

    // 3. The script adds to what the person typed and sends it: it goes out (the site's own doing) but is not
    //    recorded as the person's publish (their submit is missing).
    await scriptWrites(page, box, ' FORGED clean text');
    await expect.poll(() => modelText(page, box.editor)).toContain('FORGED clean text');
    const mixed = await modelText(page, box.editor);
    await scriptSubmits(page, box);
    await expect.poll(() => publishedPosts(page)).toEqual(['FORGED BY PAGE SCRIPT damn', mixed]);
    await page.waitForTimeout(1500);
    await recordsUnchanged();

    // 4. The script writes a blocked draft into the box the person uses and submits it: the gate holds it (the
    //    person wrote in this box, so the dialog asks them); nothing the script does answers it.
    await scriptWrites(page, box, 'FORGED BY PAGE SCRIPT damn');
    await expect.poll(() => ui.getByTestId('onbrand-badge').attribute('data-state')).toBe('block');
    await scriptSubmits(page, box);
    await ui.getByTestId('gate-dialog').waitFor('visible');
    expect(await scriptTriesTheGate(page)).toEqual({ shadowRoot: false, found: 0 });
    await page.waitForTimeout(1000);
    expect(await ui.getByTestId('gate-dialog').visible()).toBe(true);
    expect(
      await ui.getByTestId('gate-reason').evaluate((field) => (field as HTMLTextAreaElement).value),
    ).toBe('');
    expect(await publishedPosts(page)).toEqual(['FORGED BY PAGE SCRIPT damn', mixed]);
    await expectNothingReadable(page);
    await ui.getByTestId('gate-edit').click();
    await ui.getByTestId('gate-dialog').waitFor('hidden');

    // A synthetic Enter / Ctrl+Enter in the box (the sites' keyboard submits) is held the same way.
    await page.evaluate((editor) => {
      const element = document.querySelector<HTMLElement>(editor)!;
      for (const ctrlKey of [false, true])
        element.dispatchEvent(
          new KeyboardEvent('keydown', {
            key: 'Enter',
            code: 'Enter',
            ctrlKey,
            bubbles: true,
            cancelable: true,
            composed: true,
          }),
        );
    }, box.editorCss);
    await page.waitForTimeout(500);
    expect(await publishedPosts(page)).toEqual(['FORGED BY PAGE SCRIPT damn', mixed]);
    if (await ui.getByTestId('gate-dialog').visible()) await ui.getByTestId('gate-edit').click();
    await recordsUnchanged();

    // 5. The person: findings list, card, template picker and gate all work, and the page reads none of them.
    //    (Clicked at the box's corner: the card of the finding under the pointer may cover its middle.)
    await ui.getByTestId('gate-dialog').waitFor('hidden');
    await page.locator(box.editorCss).click({ position: { x: 4, y: 4 } });
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Backspace');
    await page.keyboard.type('Thanks users, that is damn fast ;;cri');
    await expect.poll(() => ui.getByTestId('picker-item-0').attribute('data-template-id')).toBe('crisis');
    await expect
      .poll(() => ui.getByTestId('template-picker').text())
      .toContain('TEMPLATESECRET Crisis script');
    await expectNothingReadable(page);
    await page.keyboard.press('Escape');
    await ui.getByTestId('template-picker').waitFor('hidden');
    for (let i = 0; i < 6; i++) await page.keyboard.press('Backspace');
    await expect.poll(() => modelText(page, box.editor)).toBe('Thanks users, that is damn fast');
    await ui.getByTestId('onbrand-badge').click();
    await ui.getByTestId('findings-list').waitFor('visible');
    await expect.poll(() => ui.getByTestId('findings-list').text()).toContain('KITSECRET profanity message');
    await expectNothingReadable(page);
    await ui.getByTestId('onbrand-badge').click();

    await page.locator(box.submit).first().click();
    await ui.getByTestId('gate-dialog').waitFor('visible');
    await expect.poll(() => ui.getByTestId('gate-findings').text()).toContain('KITSECRET profanity message');
    await ui.getByTestId('gate-reason').click();
    await page.keyboard.type(REASON);
    await expect
      .poll(() => ui.getByTestId('gate-reason').evaluate((field) => (field as HTMLTextAreaElement).value))
      .toBe(REASON);
    // The page's script writes into the focused reason field (execCommand reaches it even in a closed root): refused.
    await page.evaluate(() => document.execCommand('insertText', false, ' reason chosen by the page'));
    await page.waitForTimeout(300);
    expect(
      await ui.getByTestId('gate-reason').evaluate((field) => (field as HTMLTextAreaElement).value),
    ).toBe(REASON);
    await expectNothingReadable(page);
    await ui.getByTestId('gate-post-anyway').click();
    await expect
      .poll(() => publishedPosts(page))
      .toEqual(['FORGED BY PAGE SCRIPT damn', mixed, 'Thanks users, that is damn fast']);

    await expect
      .poll(async () => countByKind(await storedRecords(dashboard)), { timeout: 15_000 })
      .toEqual({
        ...baseline,
        publish: (baseline.publish ?? 0) + 1,
        'gate-override': (baseline['gate-override'] ?? 0) + 1,
      });
    const records = await storedRecords(dashboard);
    expect(records.find((r) => r.kind === 'publish')).toMatchObject({
      text: 'Thanks users, that is damn fast',
      overrideReason: REASON,
    });
    expect(records.find((r) => r.kind === 'gate-override')).toMatchObject({ reason: REASON });
    expect(JSON.stringify(records)).not.toContain('FORGED');
    expect(JSON.stringify(records)).not.toContain('reason chosen by the page');
  });
}

for (const box of BOXES) {
  test(`${box.site} (${box.kind}): a draft a script filled is recorded only once the person wrote in it, and only on their own send`, async ({
    ext,
    openExtensionPage,
  }) => {
    test.setTimeout(60_000);
    const dashboard = await openExtensionPage('options.html');
    await seedKit(dashboard, KIT);
    const baseline = countByKind(await storedRecords(dashboard));
    const page = await ext.context.newPage();
    await page.goto(box.url);
    await page.waitForFunction(() => 'fixture' in window);
    const ui = overlay(page);

    // A script fills the box (the site's share text, or a hostile one); the person clicks into it and sends it as
    // it is. It goes out, but nothing shows the text was theirs: no publish record.
    await scriptWrites(page, box, 'Prefilled by the site, thanks users');
    await expect.poll(() => modelText(page, box.editor)).toBe('Prefilled by the site, thanks users');
    await page.locator(box.editorCss).click();
    await ui.getByTestId('onbrand-badge').waitFor('visible');
    await page.locator(box.submit).first().click();
    await expect.poll(() => publishedPosts(page)).toEqual(['Prefilled by the site, thanks users']);
    await page.waitForTimeout(1500);
    expect(countByKind(await storedRecords(dashboard))).toEqual(baseline);

    // Filled again; this time the person adds to it with their own keys and sends: recorded, with the whole text.
    // (Lexical keeps empty paragraphs after the site cleared it, hence the trimmed comparisons.)
    await scriptWrites(page, box, 'Prefilled again');
    await expect.poll(async () => (await modelText(page, box.editor)).trim()).toBe('Prefilled again');
    await page.locator(box.editorCss).click();
    await page.keyboard.press('Control+Home');
    await page.keyboard.type('Me: ');
    await expect.poll(async () => (await modelText(page, box.editor)).trim()).toBe('Me: Prefilled again');
    await page.locator(box.submit).first().click();
    await expect.poll(() => publishedPosts(page)).toHaveLength(2);
    await expect
      .poll(async () => countByKind(await storedRecords(dashboard)), { timeout: 15_000 })
      .toEqual({ ...baseline, publish: (baseline.publish ?? 0) + 1 });
    const published = (await storedRecords(dashboard)).filter((r) => r.kind === 'publish');
    expect(published.map((r) => String(r.text).trim())).toContain('Me: Prefilled again');

    // The same box filled again and sent by the page's script alone: it goes out, unrecorded.
    await scriptWrites(page, box, 'Sent by the script alone');
    await expect.poll(() => modelText(page, box.editor)).toContain('Sent by the script alone');
    await scriptSubmits(page, box);
    await expect.poll(() => publishedPosts(page)).toHaveLength(3);
    await page.waitForTimeout(1500);
    expect(countByKind(await storedRecords(dashboard))).toEqual({
      ...baseline,
      publish: (baseline.publish ?? 0) + 1,
    });
  });
}
