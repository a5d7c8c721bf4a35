import type { Page } from '@playwright/test';
import type { browser } from 'wxt/browser';
import { test, expect } from '../support/test';
import { sendRuntimeMessage } from '../support/messages';
import { overlay } from '../support/overlay';
import { setOwnAccounts } from '../support/setup';
import { seedKit } from '../support/kit';
import { inWorker } from '../support/calendar';
import { seedOwnPost } from '../support/records';
import { editorLocator, modelText, SITE_BOXES } from '../support/site-pages';

// Community reminders in real Chromium: a first-time commenter on the brand's Weibo post → the welcome
// notification (a browser alarm, then chrome.notifications) → its click opens the comment's page → the badge
// suggests the welcome template → chosen, it is inserted into the editor's model.

declare const chrome: typeof browser;

const POST = 'https://weibo.com/7654321098/PqR5tUv';

async function message(dashboard: Page, type: string, payload: unknown) {
  const reply = await sendRuntimeMessage(dashboard, { onbrand: 1, type, payload });
  expect(reply.ok, reply.error).toBe(true);
  return reply.data as Record<string, unknown>;
}

type Ext = { context: Parameters<typeof inWorker>[0] };

const notifications = (ext: Ext) =>
  inWorker(ext.context, async () => Object.keys(await chrome.notifications.getAll()).sort());

/**
 * The manager clicks the one notification shown (Chrome dispatches onClicked to the worker's listener); returns the
 * tab it opened. The new tab is looked for by its address once it has one: a 'page' event can come before the
 * navigation commits (still about:blank), and a predicate on the event then misses it.
 */
async function clickTheNotification(ext: Ext, opens: (url: string) => boolean): Promise<Page> {
  const before = new Set(ext.context.pages());
  const opened = () => ext.context.pages().find((p) => !before.has(p) && opens(p.url()));
  await inWorker(ext.context, async () => {
    const [shown] = Object.keys(await chrome.notifications.getAll());
    (chrome.notifications.onClicked as unknown as { dispatch(id: string): void }).dispatch(shown);
  });
  await expect
    .poll(() => (opened() ? 'opened' : ext.context.pages().map((p) => p.url())), { timeout: 30_000 })
    .toBe('opened');
  return opened()!;
}

/** In the focused box: the badge suggests `label`; choosing it puts `templateId` first; Enter inserts it. */
async function acceptSuggestedTemplate(page: Page, label: string, templateId: string): Promise<void> {
  const ui = overlay(page);
  const suggestion = ui.getByTestId('picker-suggestion');
  await suggestion.waitFor('visible', 15_000);
  expect(await suggestion.text()).toBe(label);
  await suggestion.click();
  await ui.getByTestId('template-picker').waitFor('visible');
  expect(await ui.getByTestId('picker-item-0').attribute('data-template-id')).toBe(templateId);
  await page.keyboard.press('Enter');
}

test('Weibo: a first-time commenter → the welcome notification → its click opens the page → the welcome template is offered and inserted', async ({
  ext,
  openExtensionPage,
}) => {
  test.setTimeout(180_000);
  const dashboard = await openExtensionPage('options.html');
  // The two commenters already on the post are in the book before welcomes are switched on: not newcomers then.
  const { page, prefs } = await postWithTwoMembers(ext, dashboard);
  expect(prefs).toMatchObject({ welcome: true, birthday: false, holidays: true });
  await message(dashboard, 'community.reminders.prefs.set', { ...prefs, welcome: true });

  // A first-time commenter arrives on the open page.
  await page.evaluate(() =>
    (window as unknown as { fixture: { addComment(u: string, t: string): void } }).fixture.addComment(
      '新粉丝',
      '第一次来，支持！',
    ),
  );
  await expect.poll(() => overlay(page).getByTestId('reply-chip').count(), { timeout: 10_000 }).toBe(3);
  // The welcome waits for its batch window (a browser alarm), then one notification names the newcomer.
  await expect
    .poll(
      () => inWorker(ext.context, async () => (await chrome.alarms.get('onbrand-welcome'))?.name ?? null),
      {
        timeout: 10_000,
      },
    )
    .toBe('onbrand-welcome');
  await expect
    .poll(() => notifications(ext), { timeout: 90_000, intervals: [1000] })
    .toEqual(['onbrand-community:welcome:weibo:新粉丝']);
  await page.close();

  // The manager clicks it: the comment's page opens.
  const welcomePage = await clickTheNotification(ext, (url) => url.startsWith(POST));
  await expect.poll(() => notifications(ext)).toEqual([]);

  // In the reply box, the badge suggests the welcome; choosing it puts the welcome template first.
  const box = welcomePage.locator('textarea[placeholder="发布你的评论"]');
  await box.click();
  const ui = overlay(welcomePage);
  await acceptSuggestedTemplate(welcomePage, 'Suggested: Welcome', 'starter-welcome-zh');
  // Inserted by the template path into the editor's model (the textarea's value), naming the newcomer.
  await expect
    .poll(() => box.inputValue())
    .toBe('欢迎新粉丝加入Acme大家庭！很高兴认识你，有任何问题随时找我们。');
  await expect.poll(() => ui.getByTestId('template-picker').count()).toBe(0);

  // The same page in another tab (not opened by the reminder) suggests nothing.
  const other = await ext.context.newPage();
  await other.goto(POST);
  await other.locator('textarea[placeholder="发布你的评论"]').click();
  await overlay(other).getByTestId('onbrand-badge').waitFor('visible', 15_000);
  expect(await overlay(other).getByTestId('picker-suggestion').count()).toBe(0);
  // One welcome per member, ever: the newcomer is not welcomed again when seen again.
  await other.waitForTimeout(1000);
  expect(await notifications(ext)).toEqual([]);
});

/** The brand's Weibo post with its two commenters in the book, welcomes off while they are read. */
async function postWithTwoMembers(ext: Ext, dashboard: Page) {
  await seedKit(dashboard);
  await setOwnAccounts(dashboard, { weibo: ['Onbrand'] });
  await seedOwnPost(dashboard, 'weibo', POST, 'PqR5tUv');
  const prefs = await message(dashboard, 'community.reminders.prefs.get', {});
  await message(dashboard, 'community.reminders.prefs.set', { ...prefs, welcome: false });
  const page = await ext.context.newPage();
  await page.goto(POST);
  await expect.poll(() => overlay(page).getByTestId('reply-chip').count(), { timeout: 15_000 }).toBe(2);
  await expect
    .poll(async () => (await message(dashboard, 'community.members', {})).matched, { timeout: 10_000 })
    .toBe(2);
  return { page, prefs };
}

test('Weibo: three first-time commenters within the batch window → one notification naming the count → its click opens Members on the new segment', async ({
  ext,
  openExtensionPage,
}) => {
  test.setTimeout(180_000);
  const dashboard = await openExtensionPage('options.html');
  const { page, prefs } = await postWithTwoMembers(ext, dashboard);
  await message(dashboard, 'community.reminders.prefs.set', { ...prefs, welcome: true });
  // What the worker shows, as the notification's title and message (the API reads back only ids).
  await inWorker(ext.context, async () => {
    const area = chrome.notifications as unknown as { create(id: string, o: object): Promise<string> };
    const create = area.create.bind(area);
    const shown: string[][] = [];
    (globalThis as unknown as { shownForTest: string[][] }).shownForTest = shown;
    area.create = (id, options) => {
      const o = options as { title: string; message: string };
      shown.push([id, o.title, o.message]);
      return create(id, options);
    };
  });
  for (const handle of ['新粉丝甲', '新粉丝乙', '新粉丝丙'])
    await page.evaluate(
      (h) =>
        (window as unknown as { fixture: { addComment(u: string, t: string): void } }).fixture.addComment(
          h,
          '第一次来，支持！',
        ),
      handle,
    );
  await expect.poll(() => overlay(page).getByTestId('reply-chip').count(), { timeout: 10_000 }).toBe(5);
  await expect
    .poll(() => notifications(ext), { timeout: 90_000, intervals: [1000] })
    .toEqual([expect.stringMatching(/^onbrand-community:welcome:batch:\d+$/)]);
  const [id] = await notifications(ext);
  expect(
    await inWorker(
      ext.context,
      async () => (globalThis as unknown as { shownForTest: string[][] }).shownForTest,
    ),
  ).toEqual([[id, '3 new members to welcome', 'First-time commenters: 新粉丝甲, 新粉丝乙, 新粉丝丙']]);
  await page.close();

  const members = await clickTheNotification(ext, (url) => url.endsWith('#members/new'));
  await expect(members.getByTestId('members-segment')).toHaveValue('new');
  await expect.poll(() => notifications(ext)).toEqual([]);
});

test("Weibo: a member's birthday today → the 09:00 check's notification → its click opens their comment → the birthday template is offered and inserted", async ({
  ext,
  openExtensionPage,
}) => {
  test.setTimeout(180_000);
  const dashboard = await openExtensionPage('options.html');
  const { page, prefs } = await postWithTwoMembers(ext, dashboard);
  await page.close();
  const today = await inWorker(ext.context, async () => new Intl.DateTimeFormat('en-CA').format(new Date()));
  const { rows } = (await message(dashboard, 'community.members', {})) as {
    rows: Array<{ id: string; handle: string }>;
  };
  const [member] = rows;
  await message(dashboard, 'community.members.update', { id: member.id, birthday: today.slice(5) });
  // Today not yet checked, the morning hour already past (0; 09:00 by default): the settings' change checks now.
  await dashboard.evaluate(() => chrome.storage.local.remove('community.reminders.lastDay'));
  await message(dashboard, 'community.reminders.prefs.set', {
    ...prefs,
    welcome: false,
    birthday: true,
    holidays: false,
    hour: 0,
  });
  const id = `onbrand-community:birthday:${today}:${member.id}`;
  await expect.poll(() => notifications(ext), { timeout: 30_000, intervals: [500] }).toEqual([id]);

  const birthdayPage = await clickTheNotification(ext, (url) => url.startsWith(POST));
  const box = birthdayPage.locator('textarea[placeholder="发布你的评论"]');
  await box.click();
  await acceptSuggestedTemplate(birthdayPage, 'Suggested: Birthday wishes', 'starter-birthday-zh');
  await expect
    .poll(() => box.inputValue())
    .toBe(`${member.handle}，生日快乐！Acme全体祝你新的一岁开心顺利。`);
});

test("a kit's own holiday today → the holiday notification → its click opens the brand's compose page → the holiday's template is offered and inserted", async ({
  ext,
  openExtensionPage,
}) => {
  test.setTimeout(180_000);
  const dashboard = await openExtensionPage('options.html');
  // Today in the worker's zone (the morning check's), as MM-DD: the kit's own holiday falls on it.
  const today = await inWorker(ext.context, async () => {
    const parts = new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit' });
    return parts.format(new Date());
  });
  await seedKit(dashboard, undefined, {
    holidays: {
      add: [
        {
          id: 'acme-day',
          name: { en: 'Acme Day', zh: 'Acme 日' },
          date: today.slice(5),
          template: 'starter-holiday-en',
        },
      ],
      off: ['christmas'],
    },
  });
  await setOwnAccounts(dashboard, { weibo: ['Acme'] });
  // The morning check at hour 0, today not yet checked: the settings' change restarts the jobs, which check now.
  const prefs = await message(dashboard, 'community.reminders.prefs.get', {});
  await dashboard.evaluate(() => chrome.storage.local.remove('community.reminders.lastDay'));
  await message(dashboard, 'community.reminders.prefs.set', { ...prefs, welcome: false, hour: 0 });
  const id = `onbrand-community:holiday:${today}:acme-day`;
  await expect.poll(() => notifications(ext), { timeout: 30_000, intervals: [500] }).toEqual([id]);

  // Its click opens the compose page of the brand's platform (Weibo, from Settings' own accounts).
  const page = await clickTheNotification(ext, (url) => url.startsWith('https://weibo.com/'));
  await page.waitForFunction(() => 'fixture' in window);
  const box = SITE_BOXES.find((b) => b.site === 'weibo')!;
  await editorLocator(page, box).click();
  // The template the kit's holiday names comes first, though the box is Weibo's (Chinese first otherwise).
  await acceptSuggestedTemplate(page, 'Suggested: Acme Day greeting', 'starter-holiday-en');
  await expect
    .poll(() => modelText(page, box.editor))
    .toBe('Happy Acme Day, everyone! Thank you for being part of the Acme community. ');
});

test('dashboard: the reminder switches save (welcome and holidays on by default, birthdays off), in both languages; #members/new opens on new members', async ({
  openExtensionPage,
}) => {
  const dashboard = await openExtensionPage('options.html#members/new');
  await expect(dashboard.getByTestId('members-segment')).toHaveValue('new');
  await dashboard.getByTestId('reminder-settings-open').click();
  await expect(dashboard.getByTestId('reminders-welcome')).toBeChecked();
  await expect(dashboard.getByTestId('reminders-holidays')).toBeChecked();
  await expect(dashboard.getByTestId('reminders-birthday')).not.toBeChecked();
  await dashboard.getByTestId('reminders-birthday').check();
  await dashboard.getByTestId('reminders-holidayDaysBefore').fill('2');
  await dashboard.getByTestId('reminders-save').click();
  await expect(dashboard.getByTestId('reminders-saved')).toHaveText('Reminder settings saved.');
  expect(await message(dashboard, 'community.reminders.prefs.get', {})).toEqual({
    welcome: true,
    birthday: true,
    holidays: true,
    holidayDaysBefore: 2,
    hour: 9,
  });
  await dashboard.evaluate(async () => {
    const local = chrome.storage.local;
    const { settings } = (await local.get('settings')) as { settings: { version: number; value: object } };
    await local.set({ settings: { ...settings, value: { ...settings.value, locale: 'zh-CN' } } });
  });
  await dashboard.reload();
  await dashboard.getByTestId('reminder-settings-open').click();
  await expect(dashboard.getByTestId('reminder-settings')).toContainText('欢迎首次评论的成员');
  await expect(dashboard.getByTestId('reminders-birthday')).toBeChecked();
});
