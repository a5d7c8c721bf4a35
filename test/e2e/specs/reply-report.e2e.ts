import { test, expect } from '../support/test';
import { sendRuntimeMessage } from '../support/messages';

// The Reports tab's reply-queue section in real Chromium: two comments on the brand's X post (1 h target)
// answered after 30 minutes and after 3 hours — 50 % within target — one still waiting; keyboard-reachable
// chart and table; the CSV holds the same figures.

const MIN = 60_000;

test('reports show the share of replies answered within target and the backlog, with a CSV', async ({
  openExtensionPage,
}) => {
  const page = await openExtensionPage('options.html');
  const now = Date.now();
  const comment = (id: string, ageMin: number) => ({
    key: `x:${id}`,
    author: `fan_${id}`,
    postedAt: now - ageMin * MIN,
    url: `https://x.com/fan_${id}/status/${id}`,
  });
  const quick = comment('1901', 40);
  const slow = comment('1902', 200);
  const seen = await sendRuntimeMessage(page, {
    onbrand: 1,
    type: 'community.thread',
    payload: {
      platform: 'x',
      postUrl: 'https://x.com/brand/status/1900',
      comments: [quick, slow, comment('1903', 5)],
    },
  });
  expect(seen.ok, seen.error).toBe(true);
  const reply = (id: string, to: typeof quick, afterMin: number) => ({
    id,
    at: to.postedAt + afterMin * MIN,
    platform: 'x',
    kind: 'publish',
    postKind: 'reply',
    url: to.url,
    text: 'Thanks!',
    findings: [],
    templateIds: [],
    repliedTo: { author: to.author, url: to.url, at: to.postedAt },
    responseMs: afterMin * MIN,
  });
  const put = await sendRuntimeMessage(page, {
    onbrand: 1,
    type: 'records.put',
    payload: { records: [reply('reply-quick-1', quick, 30), reply('reply-slow-1', slow, 180)] },
  });
  expect(put.ok, put.error).toBe(true);

  await page.goto(page.url().replace(/#.*$/, '') + '#reports');
  const section = page.getByTestId('section-reply-queue');
  await expect(page.getByTestId('summary-reply-queue')).toContainText('50% of 2 answered comments');
  await expect(section.locator('[data-testid="reply-queue-row"][data-platform="x"]')).toHaveAttribute(
    'data-pct',
    '50',
  );
  await expect(section.getByTestId('reply-queue-row')).toContainText(['X']);
  await expect(section.getByTestId('chart-reply-queue')).toBeVisible();
  await expect(section.getByTestId('chart-reply-backlog')).toBeVisible();

  // Keyboard: Tab reaches the section's CSV button; Enter downloads it.
  const csvButton = section.getByTestId('export-reply-queue-csv');
  await csvButton.focus();
  const download = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  const { readFileSync } = await import('node:fs');
  const text = readFileSync((await (await download).path())!, 'utf8');
  expect(text).toContain('x,2,1,50,60,1');
});
