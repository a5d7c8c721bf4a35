import type { Page } from '@playwright/test';
import { test, expect } from '../support/test';
import { extensionUrl, type ExtensionBrowser } from '../support/browser';
import { joinTeam, teamProfile } from '../support/team';
import { storedCalendar, todayAt } from '../support/calendar';
import { freshDatabase, startInstance, tokenFor } from '../../../server/test/harness';
import type { TeamServer } from '../../../server/team-server';
import type { TemplateLibrary } from '@/lib/templates/schema';

// Issue 20: "one shared calendar and template library". A planner (a browser profile, not a script) shares a slot
// from the dashboard's calendar and a template from its Templates tab; a member's browser gets both (calendar and
// picker library), sees them as the team's (only planners change them), and the planner's delete takes the template
// out of every member's library. The team server runs on PostgreSQL (its own database, beside team.e2e).

let team: TeamServer;
let origin: string;

test.beforeAll(async () => {
  team = await startInstance(await freshDatabase('onbrand_team_planner_test'));
  origin = `http://127.0.0.1:${team.port}`;
});

test.afterAll(async () => {
  await team?.stop();
});

async function joined(
  member: string,
  role: 'planner' | 'member',
): Promise<{ ext: ExtensionBrowser; page: Page }> {
  const ext = await teamProfile('onbrand-team-planner-');
  return { ext, page: await joinTeam(ext, origin, tokenFor(member, role).token) };
}

function storedTemplates(page: Page): Promise<TemplateLibrary | undefined> {
  return page.evaluate(async () => {
    const chrome = (
      globalThis as unknown as {
        chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } };
      }
    ).chrome;
    return (await chrome.storage.local.get('templates')).templates as TemplateLibrary | undefined;
  });
}

test('a planner shares a slot and a template from the dashboard; a member gets both, as the team’s', async () => {
  test.setTimeout(180_000);
  const planner = await joined('pia', 'planner');
  const member = await joined('mo', 'member');
  try {
    // The planner's calendar: a new slot is shared with the team by default.
    const calendar = planner.page;
    await calendar.goto(extensionUrl(planner.ext.extensionId, 'options.html#calendar'));
    const zone = await calendar.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC');
    await calendar.getByTestId('cal-add-slot').click();
    const form = calendar.getByTestId('cal-slot-form');
    await form.getByTestId('cal-slot-date').fill(todayAt(zone, '00:00').slice(0, 10));
    await form.getByTestId('cal-slot-time').fill('18:30');
    await form.getByTestId('cal-slot-platform').selectOption('weibo');
    await form.getByTestId('cal-slot-title').fill('Shared launch');
    await expect(form.getByTestId('team-share')).toBeChecked();
    await form.getByTestId('cal-slot-save').click();
    await expect(form).toBeHidden();
    const planned = (await storedCalendar(calendar)).slots.find((s) => s.title === 'Shared launch')!;

    // The member's calendar has it, in the member's own storage (the popup, reminders and plan-vs-actual read it).
    const memberPage = member.page;
    await expect
      .poll(async () => (await storedCalendar(memberPage))?.slots.find((s) => s.id === planned.id)?.title, {
        timeout: 30_000,
      })
      .toBe('Shared launch');
    // In the member's dashboard it is the team's: shown, not changed there.
    await memberPage.goto(extensionUrl(member.ext.extensionId, 'options.html#calendar'));
    await memberPage.locator(`[data-testid="cal-slot"][data-occurrence-id^="${planned.id}"]`).first().click();
    const memberForm = memberPage.getByTestId('cal-slot-form');
    await expect(memberForm.getByTestId('team-share-only')).toBeVisible();
    await expect(memberForm.getByTestId('cal-slot-save')).toBeDisabled();
    await expect(memberForm.getByTestId('cal-slot-delete')).toHaveCount(0);

    // The planner's template, shared by ticking the box.
    await calendar.goto(extensionUrl(planner.ext.extensionId, 'options.html#templates'));
    await calendar.getByTestId('templates-new').click();
    await calendar.getByTestId('template-name-input').fill('Team thanks');
    await calendar.getByTestId('template-shortcut-input').fill('teamthx');
    await calendar.getByTestId('template-body-input').fill('Thank you from all of us!');
    await calendar.getByTestId('templates-tab').getByTestId('team-share').check();
    await calendar.getByTestId('template-save').click();
    await expect(calendar.getByTestId('template-saved')).toBeVisible();
    await expect(calendar.getByTestId('team-share-problem')).toHaveCount(0);

    // The member's library (the picker's) has it.
    const shared = async () =>
      (await storedTemplates(memberPage))?.templates.find((tpl) => tpl.shortcut === 'teamthx')?.body ??
      'none';
    await expect.poll(shared, { timeout: 30_000 }).toBe('Thank you from all of us!');

    // The planner deletes it: it leaves the team's library, and the member's.
    const id = (await storedTemplates(calendar))!.templates.find((tpl) => tpl.shortcut === 'teamthx')!.id;
    await calendar.getByTestId(`template-delete-${id}`).click();
    await calendar.getByTestId(`template-delete-confirm-${id}`).click();
    await expect.poll(shared, { timeout: 30_000 }).toBe('none');
  } finally {
    await planner.ext.close();
    await member.ext.close();
  }
});
