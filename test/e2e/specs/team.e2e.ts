import type { Page } from '@playwright/test';
import { test, expect } from '../support/test';
import { extensionUrl, type ExtensionBrowser } from '../support/browser';
import { joinTeam as joinTeamAt, teamProfile } from '../support/team';
import { slotAt, storedCalendar, todayAt } from '../support/calendar';
import { utcToLocal } from '@/lib/calendar';
import { connect, freshDatabase, startInstance, tokenFor, type Client } from '../../../server/test/harness';
import type { TeamServer } from '../../../server/team-server';
import { ENTRIES_MAP } from '@/lib/team/documents';
import { seedKit } from '../support/kit';
import { SITE_BOXES, editorLocator, focusBox, publishedPosts } from '../support/site-pages';
import { overlay } from '../support/overlay';
import { storedRecords } from '../support/records';

// Team mode end to end: two browser profiles (a member and a reviewer) with the built extension, against the
// real team server on this machine's PostgreSQL (database onbrand_team_test, as the server tests). Each profile
// joins through the dashboard's Team tab; a planner (a Node client) moves a slot; the member asks for review, the
// reviewer approves in the queue, and the member's review state carries the approval; an edited text is held.

test.describe.configure({ mode: 'serial' });

let team: TeamServer;
let origin: string;
let planner: Client;
const kits: Client[] = [];

test.beforeAll(async () => {
  team = await startInstance(await freshDatabase());
  origin = `http://127.0.0.1:${team.port}`;
  planner = connect(team.port, 'calendar', tokenFor('pia', 'planner').token);
  await planner.synced;
  // The admin's kit: every Weibo post needs review.
  const admin = connect(team.port, 'kits', tokenFor('ada', 'admin').token);
  await admin.synced;
  admin.entries.set('acme', {
    kit: { version: 2, profile: { name: 'Acme' }, bannedTerms: [] },
    review: { weibo: ['post'] },
  });
  kits.push(admin);
});

test.afterAll(async () => {
  planner?.destroy();
  kits.forEach((k) => k.destroy());
  await team?.stop();
});

const profile = () => teamProfile();
const joinTeam = (ext: ExtensionBrowser, token: string) => joinTeamAt(ext, origin, token);

function message<T>(page: Page, type: string, payload: unknown): Promise<T> {
  return page.evaluate(
    async ([type, payload]) => {
      const runtime = (
        globalThis as unknown as { chrome: { runtime: { sendMessage(x: unknown): Promise<unknown> } } }
      ).chrome.runtime;
      const reply = (await runtime.sendMessage({ onbrand: 1, type, payload })) as { ok: boolean; data: T };
      return reply.data;
    },
    [type, payload] as const,
  );
}

type ReviewState = { kind: string; approvalId?: string; requestId?: string };
const box = (text: string) => ({ platform: 'weibo', boxRole: 'post', text });

test('wrong address, expired invitation: each a clear message; nothing is stored', async ({
  openExtensionPage,
}) => {
  const page = await openExtensionPage('options.html#team');
  await page.getByTestId('team-server').fill('http://team.example.com');
  await page.getByTestId('team-invitation').fill('whatever-token-123');
  await page.getByTestId('team-connect').click();
  await expect(page.getByTestId('team-problem')).toHaveAttribute('data-problem', 'wrong-url');
  await expect(page.getByTestId('team-problem')).toContainText('https://');
  await expect(page.getByTestId('team-connected')).toHaveCount(0);
});

test('member and reviewer: slot moves, review request → approval → the exact text passes, an edit is held', async () => {
  test.setTimeout(120_000);
  const member = await profile();
  const reviewer = await profile();
  try {
    // A revoked/expired invitation is refused by the server and said so (the member's browser, before joining).
    const expired = tokenFor('mo', 'member', -60_000).token;
    const first = await member.context.newPage();
    await first.goto(extensionUrl(member.extensionId, 'options.html#team'));
    await first.getByTestId('team-server').fill(origin);
    await first.getByTestId('team-invitation').fill(expired);
    await first.getByTestId('team-connect').click();
    await expect(first.getByTestId('team-problem')).toHaveAttribute('data-problem', 'expired');
    await first.close();

    const memberPage = await joinTeam(member, tokenFor('mo', 'member').token);
    const reviewerPage = await joinTeam(reviewer, tokenFor('rita', 'reviewer').token);

    // A planner's slot reaches the member's calendar and popup; the move follows.
    // The calendar's zone when none is stored yet: the browser's.
    const zone = await memberPage.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC');
    planner.entries.set(
      'team-launch',
      slotAt(zone, 'team-launch', todayAt(zone, '12:00'), { title: 'Team launch' }),
    );
    const popup = await member.context.newPage();
    await popup.goto(extensionUrl(member.extensionId, 'popup.html'));
    const slot = popup.locator('[data-testid="today-slot"][data-slot-id^="team-launch"]');
    await expect(slot.getByTestId('today-slot-title')).toHaveText('Team launch');
    const before = await slot.locator('time').textContent();
    planner.entries.set(
      'team-launch',
      slotAt(zone, 'team-launch', todayAt(zone, '13:30'), { title: 'Team launch' }),
    );
    await expect
      .poll(async () => (await storedCalendar(memberPage))?.slots.find((s) => s.id === 'team-launch')?.start)
      .toBe(todayAt(zone, '13:30'));
    await popup.reload();
    await expect(slot.locator('time')).not.toHaveText(before ?? '');
    // A shared Weibo slot planned for now: whoever of the team posts on Weibo fills it (matched by the server).
    const nowLocal = utcToLocal(Date.now(), zone);
    planner.entries.set('team-now', slotAt(zone, 'team-now', nowLocal, { title: 'Team post now' }));

    // The kit requires review of Weibo posts: the member's text is held until approved.
    const text = 'Our new season starts today.';
    await expect
      .poll(() => message<ReviewState>(memberPage, 'team.review.state', box(text)).then((s) => s.kind))
      .toBe('needed');
    const sent = await message<{ ok: boolean; id: string }>(memberPage, 'team.review.request', {
      ...box(text),
      url: 'https://weibo.com/compose',
    });
    expect(sent.ok).toBe(true);
    expect((await message<ReviewState>(memberPage, 'team.review.state', box(text))).kind).toBe('pending');

    // A member may not decide (the role rules, said by the same rulebook the server runs).
    const refused = await message<{ ok: boolean; reason: string }>(memberPage, 'team.review.decide', {
      id: sent.id,
      state: 'approved',
    });
    expect(refused).toEqual({ ok: false, reason: expect.stringContaining('only a reviewer') });

    // The reviewer sees it in the queue and approves.
    const request = reviewerPage.locator(`[data-testid="review-request"][data-id="${sent.id}"]`);
    await expect(request.getByTestId('review-text')).toHaveText(text);
    await request.getByTestId('review-approve').click();
    await expect(request).toHaveCount(0);

    // The member's state: approved with the approval id; one character more is another text, held again.
    await expect
      .poll(() => message<ReviewState>(memberPage, 'team.review.state', box(text)).then((s) => s.kind))
      .toBe('approved');
    const approved = await message<ReviewState>(memberPage, 'team.review.state', box(text));
    expect(approved.approvalId).toMatch(/^approval-/);
    expect((await message<ReviewState>(memberPage, 'team.review.state', box(`${text}!`))).kind).toBe(
      'needed',
    );

    // The server's copy holds the decision, by the reviewer.
    const stored = team.server.hocuspocus.documents.get('reviews')?.getMap(ENTRIES_MAP).get(sent.id) as {
      decision?: { by: string; id: string };
    };
    expect(stored.decision).toMatchObject({ by: 'rita', id: approved.approvalId });

    // In the page: a Weibo post box. The submit is held until this exact text is approved; "Request review"
    // beside the badge sends it; after the approval the same text goes out and its record carries the approval.
    await seedKit(memberPage);
    const weibo = SITE_BOXES.find((b) => b.site === 'weibo')!;
    const site = await member.context.newPage();
    await focusBox(site, weibo);
    const ui = overlay(site);
    const draft = 'Autumn menu is here, come and taste it';
    await site.keyboard.type(draft);
    await ui.getByTestId('onbrand-badge').waitFor('visible');
    await ui.getByTestId('review-request-button').waitFor('visible');
    await site.locator(weibo.submit).first().click({ timeout: 10_000 });
    await expect.poll(() => ui.getByTestId('review-state').attribute('data-state')).toBe('needed');
    expect(await publishedPosts(site)).toEqual([]);
    await ui.getByTestId('review-request-button').click();
    await expect.poll(() => ui.getByTestId('review-state').attribute('data-state')).toBe('pending');
    const boxRequest = reviewerPage.locator('[data-testid="review-request"]', { hasText: draft });
    await boxRequest.getByTestId('review-approve').click({ timeout: 15_000 });
    await expect(boxRequest).toHaveCount(0);
    await expect
      .poll(() => message<ReviewState>(memberPage, 'team.review.state', box(draft)).then((s) => s.kind))
      .toBe('approved');
    await site.locator(weibo.submit).first().click({ timeout: 10_000 });
    await expect.poll(() => publishedPosts(site)).toEqual([draft]);
    const approval = (await message<ReviewState>(memberPage, 'team.review.state', box(draft))).approvalId;
    // The outbox sends the record a moment after the post (as in page-trust.e2e.ts).
    await expect
      .poll(
        async () =>
          (
            (await storedRecords(memberPage)).find((r) => r.kind === 'publish' && r.text === draft) as
              { approvalId?: string } | undefined
          )?.approvalId ?? 'none yet',
        { timeout: 20_000 },
      )
      .toBe(approval);

    // The member's records reach the team server (masked as stored, idempotent by record id): the publish with
    // its approval id. The reviewer publishes too (on X, which the kit does not hold for review), and the team
    // report over the server's records includes both members.
    const serverRecord = async (member: string, text: string) =>
      (
        await team.db.query(
          "SELECT body FROM team_records WHERE member = $1 AND kind = 'publish' AND body->>'text' = $2",
          [member, text],
        )
      ).rows[0]?.body as { approvalId?: string } | undefined;
    await expect
      .poll(async () => (await serverRecord('mo', draft))?.approvalId ?? 'none yet', { timeout: 30_000 })
      .toBe(approval);
    // Plan versus actual across the team: mo's Weibo post fills the shared slot in the reviewer's browser too.
    await expect
      .poll(
        async () =>
          (await storedCalendar(reviewerPage))?.slots.find((s) => s.id === 'team-now')?.status ?? 'none yet',
        { timeout: 30_000 },
      )
      .toBe('published');
    const x = SITE_BOXES.find((b) => b.site === 'x')!;
    const reviewerSite = await reviewer.context.newPage();
    await focusBox(reviewerSite, x);
    await reviewerSite.keyboard.type('Thanks for a great season, everyone');
    await overlay(reviewerSite).getByTestId('onbrand-badge').waitFor('visible');
    await reviewerSite.locator(x.submit).first().click({ timeout: 10_000 });
    await expect.poll(() => publishedPosts(reviewerSite)).toEqual(['Thanks for a great season, everyone']);
    await expect
      .poll(async () => (await serverRecord('rita', 'Thanks for a great season, everyone')) !== undefined, {
        timeout: 30_000,
      })
      .toBe(true);
    const now = Date.now();
    const report = (await (
      await fetch(`${origin}/report?from=${now - 86_400_000}&to=${now + 60_000}`, {
        headers: { authorization: `Bearer ${tokenFor('rita', 'reviewer').token}` },
      })
    ).json()) as { members: string[]; byMember: Record<string, { posts: number }>; team: { posts: number } };
    expect(report.members).toEqual(expect.arrayContaining(['mo', 'rita']));
    expect(report.byMember.mo.posts).toBeGreaterThanOrEqual(1);
    expect(report.byMember.rita.posts).toBeGreaterThanOrEqual(1);
    // The same team report in the reviewer's Reports tab (the team scope), one row per member and the team's;
    // a member's role does not include it, and their tab says so.
    const reviewerReports = await reviewer.context.newPage();
    await reviewerReports.goto(extensionUrl(reviewer.extensionId, 'options.html#reports'));
    await expect(reviewerReports.getByTestId('report-nav').locator('a[href="#rep-team"]')).toHaveCount(1);
    const teamRows = reviewerReports.getByTestId('section-team').getByTestId('team-report-row');
    await expect(teamRows.and(reviewerReports.locator('[data-member="mo"]'))).toHaveCount(1);
    await expect(teamRows.and(reviewerReports.locator('[data-member="rita"]'))).toHaveCount(1);
    await expect(teamRows.and(reviewerReports.locator('[data-member="*"]')).locator('td').first()).toHaveText(
      String(report.team.posts),
    );
    // Filtered by member: with rita unticked, mo's row and the chosen members' total, both mo's figures.
    const filter = reviewerReports.getByTestId('team-report-members');
    await filter.getByRole('checkbox', { name: 'rita' }).uncheck();
    await expect(teamRows.and(reviewerReports.locator('[data-member="rita"]'))).toHaveCount(0);
    const chosenTotal = teamRows.and(reviewerReports.locator('[data-member="*"]'));
    await expect(chosenTotal.locator('th')).toHaveText('Members shown');
    await expect(chosenTotal.locator('td').first()).toHaveText(String(report.byMember.mo.posts));
    await expect(teamRows.and(reviewerReports.locator('[data-member="mo"]'))).toHaveCount(1);
    await filter.getByRole('checkbox', { name: 'mo' }).uncheck();
    await expect(reviewerReports.getByTestId('team-report-none')).toBeVisible();
    await expect(teamRows).toHaveCount(0);
    await filter.getByRole('checkbox', { name: 'rita' }).check();
    await filter.getByRole('checkbox', { name: 'mo' }).check();
    await expect(chosenTotal.locator('th')).toHaveText('Whole team');
    await expect(chosenTotal.locator('td').first()).toHaveText(String(report.team.posts));
    // A slot's owner in a team is one of its members: the form offers them, and says when a name is not one.
    const calendarTab = await reviewer.context.newPage();
    await calendarTab.goto(extensionUrl(reviewer.extensionId, 'options.html#calendar'));
    await calendarTab.getByTestId('cal-add-slot').click();
    const slotForm = calendarTab.getByTestId('cal-slot-form');
    const offered = slotForm.getByTestId('cal-slot-owner-members').locator('option');
    await expect
      .poll(async () => await offered.evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value)))
      .toEqual(expect.arrayContaining(['mo', 'rita']));
    await slotForm.getByTestId('cal-slot-owner').fill('Bob');
    await expect(slotForm.getByTestId('cal-slot-owner-outside')).toHaveText(
      '“Bob” is not a member of the team: choose one of its members.',
    );
    await slotForm.getByTestId('cal-slot-owner').fill('mo');
    await expect(slotForm.getByTestId('cal-slot-owner-outside')).toHaveCount(0);
    await calendarTab.close();
    const memberReports = await member.context.newPage();
    await memberReports.goto(extensionUrl(member.extensionId, 'options.html#reports'));
    await expect(memberReports.getByTestId('team-report-problem')).toHaveAttribute(
      'data-problem',
      'forbidden',
    );

    // The approved text edited: another text, held again.
    // The review notice beside the badge covers part of the box: the caret goes back by focus (the assistant is
    // loaded already), the typing is the person's.
    await editorLocator(site, weibo).focus();
    await site.keyboard.type(`${draft}!`);
    await site.locator(weibo.submit).first().click({ timeout: 10_000 });
    await expect.poll(() => ui.getByTestId('review-state').attribute('data-state')).toBe('needed');
    await site.waitForTimeout(500);
    expect(await publishedPosts(site)).toEqual([draft]);
    // No way around the hold while the team's kit does not allow it.
    expect(await ui.getByTestId('review-override-button').count()).toBe(0);

    // The admin allows posting without review with a reason: the held box offers it; the person's reason goes out
    // with the post and is recorded as an override of the review rule.
    const acme = kits[0].entries.get('acme') as Record<string, unknown>;
    kits[0].entries.set('acme', { ...acme, reviewOverride: true });
    await expect(memberPage.getByTestId('team-review-override-on')).toBeVisible({ timeout: 15_000 });
    await site.locator(weibo.submit).first().click({ timeout: 10_000 });
    await ui.getByTestId('review-override-button').waitFor('visible');
    await ui.getByTestId('review-override-button').click();
    const reason = 'Store closes early today, the notice cannot wait';
    await ui.getByTestId('review-override-reason').fill(reason);
    await ui.getByTestId('review-override-post').click();
    await expect.poll(() => publishedPosts(site)).toEqual([draft, `${draft}!`]);
    await expect
      .poll(
        async () => {
          const records = await storedRecords(memberPage);
          return {
            override: records.some(
              (r) =>
                r.kind === 'gate-override' &&
                r.reason === reason &&
                JSON.stringify(r.ruleIds) === JSON.stringify(['review-required']),
            ),
            publish: records.some(
              (r) =>
                r.kind === 'publish' &&
                r.text === `${draft}!` &&
                (r as { overrideReason?: string }).overrideReason === reason &&
                (r as { approvalId?: string }).approvalId === undefined,
            ),
          };
        },
        { timeout: 20_000 },
      )
      .toEqual({ override: true, publish: true });
  } finally {
    await member.close();
    await reviewer.close();
  }
});

test("the admin's kit is every member's kit in force; others are refused at the server; an invalid kit never spreads", async () => {
  test.setTimeout(120_000);
  const admin = await profile();
  const member = await profile();
  const clients: Client[] = [];
  try {
    const adminPage = await joinTeam(admin, tokenFor('ada', 'admin').token);
    const memberPage = await joinTeam(member, tokenFor('max', 'member').token);
    // The member's own kit flags "damn"; the team's kit (the admin's "Acme", no banned terms) is in force instead.
    await seedKit(memberPage);
    await expect(memberPage.getByTestId('team-kit-in-force')).toHaveAttribute('data-kit', 'Acme');
    await expect(memberPage.getByTestId('team-kit-publish')).toHaveCount(0);

    const weibo = SITE_BOXES.find((b) => b.site === 'weibo')!;
    const site = await member.context.newPage();
    await focusBox(site, weibo);
    const badge = overlay(site).getByTestId('onbrand-badge');
    await site.keyboard.type('damn, what a day');
    await badge.waitFor('visible');
    await expect.poll(() => badge.attribute('data-state')).toBe('ok');

    // The admin edits the kit in the Brand kit tab (its storage) and publishes it from the Team tab.
    const adminKit = (name: string, term: string) => ({
      version: 2 as const,
      profile: { name },
      bannedTerms: [{ term, category: 'custom' as const, severity: 'block' as const }],
    });
    await seedKit(adminPage, adminKit('Acme team', 'cheapest'));
    await adminPage.getByTestId('team-kit-publish').click();
    await expect(adminPage.getByTestId('team-kit-published')).toContainText('Acme team');
    await expect(memberPage.getByTestId('team-kit-in-force')).toHaveAttribute('data-kit', 'Acme team');
    // The member's open page checks with it, without a reload.
    await editorLocator(site, weibo).focus();
    await site.keyboard.press('ControlOrMeta+A');
    await site.keyboard.press('Backspace');
    await site.keyboard.type('The cheapest offer in town');
    await expect.poll(() => badge.attribute('data-state')).toBe('block');

    // The admin's next edit follows: "cheapest" is no longer banned, "guaranteed" is.
    await seedKit(adminPage, adminKit('Acme team 2', 'guaranteed'));
    await adminPage.getByTestId('team-kit-publish').click();
    await expect(adminPage.getByTestId('team-kit-published')).toContainText('Acme team 2');
    await expect.poll(() => badge.attribute('data-state'), { timeout: 15_000 }).toBe('ok');
    await site.keyboard.type(', guaranteed');
    await expect.poll(() => badge.attribute('data-state')).toBe('block');
    // The team's review policy stayed with the kit (Weibo posts still need review).
    expect(
      (team.server.hocuspocus.documents.get('kits')?.getMap(ENTRIES_MAP).get('acme') as { review?: unknown })
        ?.review,
    ).toEqual({ weibo: ['post'] });

    // The admin's review rules, beside the kit: Weibo replies need review too. Every member sees the rules; only
    // the admin gets the table.
    const rule = (page: Page, platform: string, role: string) =>
      page.locator(`[data-testid="team-review-rule"][data-platform="${platform}"][data-role="${role}"]`);
    await expect(rule(adminPage, 'weibo', 'post')).toBeChecked();
    await expect(memberPage.getByTestId('team-review-rules-table')).toHaveCount(0);
    await rule(adminPage, 'weibo', 'reply').check();
    await adminPage.getByTestId('team-review-rules-save').click();
    await expect(adminPage.getByTestId('team-review-rules-saved')).toBeVisible();
    await expect
      .poll(
        () =>
          (
            team.server.hocuspocus.documents.get('kits')?.getMap(ENTRIES_MAP).get('acme') as {
              review?: unknown;
            }
          )?.review,
      )
      .toEqual({ weibo: ['post', 'reply'] });
    await expect(memberPage.getByTestId('team-review-rules-summary')).toContainText('Replies');
    await rule(adminPage, 'weibo', 'reply').uncheck();
    await adminPage.getByTestId('team-review-rules-save').click();
    await expect(memberPage.getByTestId('team-review-rules-summary')).not.toContainText('Replies');

    // Nobody else may change it: the member's dashboard is told, and the server refuses a direct write.
    const told = await message<{ ok: boolean; reason: string }>(memberPage, 'team.kits.publish', {
      kit: adminKit('Mine', 'x'),
    });
    expect(told).toEqual({ ok: false, reason: 'kits: the member role may not change this document' });
    for (const role of ['member', 'planner', 'reviewer'] as const) {
      const other = connect(team.port, 'kits', tokenFor(`${role}-e2e`, role).token);
      clients.push(other);
      await other.synced;
      other.entries.set('acme', { kit: adminKit(`Hijacked by ${role}`, 'x') });
      await expect
        .poll(() => other.refusals.at(-1))
        .toBe(`kits: the ${role} role may not change this document`);
    }
    // A schema-invalid kit, even from the admin, is refused at the server with the field, and never spreads.
    const adminClient = connect(team.port, 'kits', tokenFor('ada', 'admin').token);
    clients.push(adminClient);
    await adminClient.synced;
    adminClient.entries.set('acme', {
      kit: { ...adminKit('Broken', 'x'), bannedTerms: [{ term: 'x', category: 'custom', severity: 'loud' }] },
    });
    await expect
      .poll(() => adminClient.refusals.at(-1))
      .toMatch(/^kits\/acme: invalid entry at kit\.bannedTerms\[0\]\.severity/);
    await site.waitForTimeout(1000);
    await expect(memberPage.getByTestId('team-kit-in-force')).toHaveAttribute('data-kit', 'Acme team 2');
    const serverKit = team.server.hocuspocus.documents.get('kits')?.getMap(ENTRIES_MAP).get('acme') as {
      kit: { profile: { name: string } };
    };
    expect(serverKit.kit.profile.name).toBe('Acme team 2');
    expect(await badge.attribute('data-state')).toBe('block');
  } finally {
    clients.forEach((c) => c.destroy());
    await member.close();
    await admin.close();
  }
});
