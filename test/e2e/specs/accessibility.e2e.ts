import type { Page } from '@playwright/test';
import axe from 'axe-core';
import { test, expect } from '../support/test';
import { demoCalendar } from '../../demo/demo-calendar';
import { seedCalendar } from '../support/calendar';
import { seedKit } from '../support/kit';
import { sendRuntimeMessage } from '../support/messages';

// axe-core (from npm, evaluated in the page through the DevTools protocol, which extension pages' CSP allows)
// over every surface of the extension UI: the popup, each dashboard tab and the dialogs they open, in English
// and Chinese, light and dark. Critical and serious violations fail the test with their rule, element and text.

type Violation = {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
};

async function audit(page: Page, surface: string): Promise<string[]> {
  await page.evaluate(axe.source);
  const violations = await page.evaluate(async () => {
    const run = (
      globalThis as unknown as {
        axe: { run(context: unknown, options: unknown): Promise<{ violations: Violation[] }> };
      }
    ).axe.run;
    const result = await run(document, { resultTypes: ['violations'] });
    return result.violations.map(({ id, impact, help, nodes }) => ({
      id,
      impact,
      help,
      nodes: nodes.map(({ target, failureSummary }) => ({ target, failureSummary })),
    }));
  });
  return violations
    .filter((v) => v.impact === 'critical' || v.impact === 'serious')
    .flatMap((v) =>
      v.nodes.map(
        (node) =>
          `${surface}: [${v.impact}] ${v.id} — ${v.help} — ${node.target.join(' ')} — ${(node.failureSummary ?? '').replace(/\s+/g, ' ').slice(0, 200)}`,
      ),
    );
}

async function seed(page: Page): Promise<void> {
  await seedKit(page);
  await seedCalendar(page, demoCalendar('UTC'));
  const now = Date.now();
  const records = Array.from({ length: 12 }, (_, i) => ({
    id: `pub-a11y-${String(i).padStart(4, '0')}`,
    at: now - i * 3_600_000 * 5,
    platform: i % 3 === 0 ? 'weibo' : 'x',
    kind: 'publish',
    postKind: i % 2 ? 'reply' : 'post',
    url: `https://x.com/onbrand/status/${1000 + i}`,
    text: 'Thanks for writing in',
    findings: i % 4 === 0 ? [{ ruleId: 'banned', severity: 'warn', count: 1 }] : [],
    templateIds: [],
  }));
  const reply = await sendRuntimeMessage(page, { onbrand: 1, type: 'records.put', payload: { records } });
  expect(reply.ok, reply.error).toBe(true);
}

for (const locale of ['en-US', 'zh-CN'] as const) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test.describe(`${locale}, ${colorScheme}`, () => {
      test.use({ browserLocale: locale });

      test('popup, every dashboard tab and dialog: no critical or serious axe violations', async ({
        ext,
        openExtensionPage,
      }) => {
        test.setTimeout(150_000); // two more tabs than before: ~1.7 min at load 30
        const problems: string[] = [];
        const setup = await openExtensionPage('popup.html');
        await seed(setup);
        await setup.close();

        const popup = await ext.context.newPage();
        await popup.emulateMedia({ colorScheme });
        await popup.setViewportSize({ width: 380, height: 600 });
        await popup.goto(`chrome-extension://${ext.extensionId}/popup.html`);
        await expect(popup.getByTestId('today-slot').first()).toBeVisible();
        problems.push(...(await audit(popup, 'popup')));
        await popup.close();

        const page = await ext.context.newPage();
        await page.emulateMedia({ colorScheme });
        const open = async (tab: string, ready: string) => {
          await page.goto(`chrome-extension://${ext.extensionId}/options.html#${tab}`);
          await expect(page.getByTestId(ready).first()).toBeVisible();
          await page.waitForTimeout(300);
          problems.push(...(await audit(page, tab)));
        };
        await open('kit', 'kit-editors');
        await open('templates', 'templates-tab');
        await page.getByTestId('templates-new').click();
        await expect(page.getByTestId('template-editor')).toBeVisible();
        problems.push(...(await audit(page, 'templates: editor')));
        await open('calendar', 'cal-slot');
        await page.getByTestId('cal-add-slot').click();
        await expect(page.getByTestId('cal-slot-form')).toBeVisible();
        problems.push(...(await audit(page, 'calendar: slot form')));
        await page.getByTestId('cal-slot-cancel').click();
        await page.getByTestId('cal-view-week').click();
        problems.push(...(await audit(page, 'calendar: week')));
        await open('reports', 'report-ready');
        await page.getByTestId('records-delete-all').click();
        await expect(page.getByTestId('records-delete-dialog')).toBeVisible();
        problems.push(...(await audit(page, 'reports: delete dialog')));
        await page.getByTestId('records-delete-cancel').click();
        await open('members', 'members-tab');
        await open('team', 'team-tab');
        await open('settings', 'settings-tab');

        console.log(`axe (${locale}, ${colorScheme}): ${problems.length} critical/serious`);
        expect(problems, problems.join('\n')).toEqual([]);
      });
    });
  }
}

test('the dashboard tabs follow the ARIA tabs pattern: arrows, Home and End move and select; one main landmark', async ({
  openExtensionPage,
}) => {
  const page = await openExtensionPage('options.html#kit');
  const tablist = page.getByRole('tablist');
  await expect(tablist.locator('h1')).toHaveCount(0);
  await expect(page.getByRole('main')).toHaveCount(1);
  await expect(page.getByRole('main').getByRole('tabpanel')).toHaveAttribute('aria-labelledby', 'tab-kit');
  // Only the selected tab is in the Tab order.
  await expect(tablist.locator('[tabindex="0"]')).toHaveCount(1);

  await page.getByTestId('tab-kit').focus();
  const expectSelected = async (id: string) => {
    await expect(page.getByTestId(`tab-${id}`)).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByTestId(`tab-${id}`)).toBeFocused();
    await expect(page.getByTestId(`panel-${id}`)).toBeVisible();
  };
  await page.keyboard.press('ArrowDown');
  await expectSelected('templates');
  await page.keyboard.press('End');
  await expectSelected('settings');
  await page.keyboard.press('ArrowDown');
  await expectSelected('kit');
  await page.keyboard.press('ArrowUp');
  await expectSelected('settings');
  await page.keyboard.press('Home');
  await expectSelected('kit');
  expect(new URL(page.url()).hash).toBe('#kit');
});
