// Renders fixture pages into test/unit/sites/snapshots/<name>.html for the adapters' unit tests (no extension loaded).
// Open shadow roots (nested ones too) are kept as declarative <template shadowrootmode="open">, which snapshot.ts re-attaches.
// Usage: npm run build:fixtures && npx tsx test/tools/capture-snapshots.ts <name>=<url> …
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { serveFixtures } from '../e2e/support/fixture-server';
import { chromiumArgs } from '../e2e/support/browser';
import { CHROMIUM, DEMO_ROOT, FIXTURES_DIST, REPO_ROOT } from '../e2e/support/paths';

const pairs = process.argv.slice(2).map((arg) => arg.split('=') as [string, string]);
const server = await serveFixtures([FIXTURES_DIST, DEMO_ROOT]);
const browser = await chromium.launch({ executablePath: CHROMIUM, args: chromiumArgs() });
const context = await browser.newContext({ ignoreHTTPSErrors: true });
for (const [name, url] of pairs) {
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => 'fixture' in window);
  await page.waitForTimeout(300);
  // A string, not a function: tsx would inject its __name helper, which the page does not have.
  const html = await page.evaluate<string>(`(() => {
    const VOID = new Set(['area','base','br','col','embed','hr','img','input','link','meta','source','track','wbr']);
    const esc = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    const attr = (text) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
    const ser = (node) => {
      if (node.nodeType === 3) return esc(node.nodeValue);
      if (node.nodeType !== 1) return '';
      const tag = node.localName;
      const attrs = [...node.attributes].map((a) => ' ' + a.name + '="' + attr(a.value) + '"').join('');
      if (VOID.has(tag)) return '<' + tag + attrs + '>';
      const shadow = node.shadowRoot ? '<template shadowrootmode="open">' + [...node.shadowRoot.childNodes].map(ser).join('') + '</template>' : '';
      const kids = tag === 'template' ? [...node.content.childNodes] : [...node.childNodes];
      return '<' + tag + attrs + '>' + shadow + kids.map(ser).join('') + '</' + tag + '>';
    };
    return '<!doctype html>\\n' + ser(document.documentElement);
  })()`);
  writeFileSync(
    path.join(REPO_ROOT, 'test/unit/sites/snapshots', `${name}.html`),
    html.replace(/<script\b[^>]*>[\s\S]*?<\/script>|<link\b[^>]*>|<style\b[^>]*>[\s\S]*?<\/style>/g, ''),
  );
  console.log(`${name}: ${html.length} characters`);
  await page.close();
}
await browser.close();
await server.close();
