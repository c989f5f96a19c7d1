import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, test } from 'vitest';
import SourceCredit from '../../src/components/SourceCredit.astro';
import SourceList from '../../src/components/SourceList.astro';
import { SOURCES } from '../../src/playbook/guide/sources';
import { parseFragment, readableText } from './helpers/html';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

async function render(component: Parameters<AstroContainer['renderToString']>[0], props = {}) {
  return parseFragment(await container.renderToString(component, { props }));
}

describe('SourceCredit', () => {
  test('names and links the article, its author and date, and the Sources page', async () => {
    const credit = await render(SourceCredit, { source: 'djspinmonkey' });
    expect(readableText(credit)).toBe(
      'This page draws on Some Advice On Technical Mentorship by djspinmonkey (15 August 2023). All sources and credits',
    );
    const links = [...credit.querySelectorAll('a')].map((a) => [
      readableText(a),
      a.getAttribute('href'),
    ]);
    expect(links).toEqual([
      [
        'Some Advice On Technical Mentorship',
        'https://djspinmonkey.github.io/2023/08/15/some-advice-on-technical-mentorship',
      ],
      ['All sources and credits', '/about/sources/'],
    ]);
  });

  test('leaves the date out for an article that gives none', async () => {
    const credit = await render(SourceCredit, { source: 'pragmatic-engineer' });
    expect(readableText(credit)).toBe(
      "This page draws on Developers mentoring other developers: practices I've seen work well by Gergely Orosz. All sources and credits",
    );
  });
});

test('credits two articles in one line, each with its link', async () => {
  const credit = await render(SourceCredit, { source: ['djspinmonkey', 'pragmatic-engineer'] });
  expect(readableText(credit)).toBe(
    "This page draws on Some Advice On Technical Mentorship by djspinmonkey (15 August 2023) and Developers mentoring other developers: practices I've seen work well by Gergely Orosz. All sources and credits",
  );
  expect(credit.querySelectorAll('a')).toHaveLength(3);
});

describe('SourceList', () => {
  test('gives every source a heading, its link and its contributions', async () => {
    const list = await render(SourceList);
    const sections = [...list.querySelectorAll('section')];
    expect(sections).toHaveLength(SOURCES.length);
    sections.forEach((section, i) => {
      const source = SOURCES[i]!;
      const heading = section.querySelector('h2')!;
      expect(heading.id).toBe(`source-${source.id}`);
      expect(section.getAttribute('aria-labelledby')).toBe(heading.id);
      expect(readableText(heading)).toBe(source.title);
      expect(section.querySelector('a')?.getAttribute('href')).toBe(source.url);
      expect([...section.querySelectorAll('li')].map(readableText)).toEqual(source.contributed);
    });
  });

  test('gives a machine-readable date where the article has one', async () => {
    const list = await render(SourceList);
    const times = [...list.querySelectorAll('time')].map((t) => [
      t.getAttribute('datetime'),
      readableText(t),
    ]);
    expect(times).toEqual([['2023-08-15', '15 August 2023']]);
  });
});
