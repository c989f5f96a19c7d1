import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, test } from 'vitest';
import FormatComparison from '../../src/components/FormatComparison.astro';
import { COMPARISON_ASPECTS, FORMAT_TRAITS } from '../../src/playbook/guide/format-comparison';
import { FORMATS } from '../../src/playbook/guide/formats';
import { parseFragment, readableText } from './helpers/html';

let root: HTMLElement;
beforeAll(async () => {
  const container = await AstroContainer.create();
  root = parseFragment(await container.renderToString(FormatComparison));
});

describe('FormatComparison', () => {
  test('the table has a linked column per format and a row per aspect', () => {
    const table = root.querySelector('table')!;
    expect(readableText(table.querySelector('caption')!)).toBe(
      'The four common session formats compared',
    );
    const columns = [...table.querySelectorAll('thead th[scope="col"] a')].map((a) => [
      readableText(a),
      a.getAttribute('href'),
    ]);
    expect(columns).toEqual(FORMATS.map((f) => [f.name, f.page]));
    const rows = [...table.querySelectorAll('tbody tr')];
    expect(rows.map((row) => readableText(row.querySelector('th[scope="row"]')!))).toEqual(
      COMPARISON_ASPECTS.map((a) => a.label),
    );
    expect([...rows[0]!.querySelectorAll('td')].map(readableText)).toEqual(
      FORMATS.map((f) => FORMAT_TRAITS[f.id].bestFor),
    );
  });

  test('the narrow layout says the same thing, one card per format, and is kept out of search', () => {
    const list = root.querySelector('ul')!;
    expect(list.hasAttribute('data-pagefind-ignore')).toBe(true);
    const cards = [...list.querySelectorAll(':scope > li')];
    expect(cards.map((c) => readableText(c.querySelector('.name')!))).toEqual(
      FORMATS.map((f) => f.name),
    );
    cards.forEach((card, i) => {
      const format = FORMATS[i]!;
      expect([...card.querySelectorAll('dt')].map(readableText)).toEqual(
        COMPARISON_ASPECTS.map((a) => a.label),
      );
      expect([...card.querySelectorAll('dd')].map(readableText)).toEqual(
        COMPARISON_ASPECTS.map((a) => FORMAT_TRAITS[format.id][a.key]),
      );
    });
  });

  test('escapes text such as "Q&A" rather than passing it through as HTML', async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(FormatComparison);
    expect(html).toContain('Q&amp;A sessions');
  });
});
