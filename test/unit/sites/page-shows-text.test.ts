// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { pageShowsText } from '@/lib/sites/dom';

function page(html: string): Document {
  const doc = document.implementation.createHTMLDocument('');
  doc.body.innerHTML = html;
  return doc;
}

describe('pageShowsText', () => {
  const text = 'From our spring line';

  it('finds the text in a published item, whitespace aside', () => {
    expect(pageShowsText(page(`<p class="item">From our\n spring   line</p>`), '.item', text)).toBe(true);
    expect(pageShowsText(page(`<p class="item">Another post</p>`), '.item', text)).toBe(false);
  });

  it.each(['true', '', 'plaintext-only'])('never counts a draft inside contenteditable="%s"', (state) => {
    const doc = page(`<div contenteditable="${state}"><p class="item">${text}</p></div>`);
    expect(pageShowsText(doc, '.item', text)).toBe(false);
  });

  it('never counts a draft in a textarea, but counts an item inside a contenteditable="false" island', () => {
    expect(pageShowsText(page(`<textarea class="item">${text}</textarea>`), '.item', text)).toBe(false);
    expect(
      pageShowsText(page(`<div contenteditable="false"><p class="item">${text}</p></div>`), '.item', text),
    ).toBe(true);
  });
});
