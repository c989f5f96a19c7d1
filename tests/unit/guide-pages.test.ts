import { globSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

// Every page of the guide and the playbooks opens with "In short" and stays short enough to
// read in one sitting. The home page (a landing page of links) and the sources page (a list of
// credits) are the two pages that teach nothing to sum up.
const EXEMPT = ['index.mdx', 'about/sources.mdx'];
const PAGES = globSync('src/content/docs/**/*.mdx')
  .map((path) => path.replace(/\\/g, '/').replace('src/content/docs/', ''))
  .filter((page) => !EXEMPT.includes(page))
  .sort();
const MAX_WORDS = 1000;

const IN_SHORT = /<Aside type="note" title="In short">\n\n((?:- .+\n)+)\n<\/Aside>/;

/** The page's MDX after its front matter and imports. */
const body = (page: string) =>
  readFileSync(`src/content/docs/${page}`, 'utf8')
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/^import [\s\S]*?from '[^']+';\n/gm, '')
    .trimStart();

/** Words of prose: no markup, component tags, code, link targets or the "In short" box. */
function proseWords(mdx: string): number {
  const text = mdx
    .replace(IN_SHORT, '')
    .replace(/```[\s\S]*?```/g, '')
    .replace(/<\/?[A-Za-z][^>]*>/g, '')
    .replace(/\]\([^)]*\)/g, ']');
  return (text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []).length;
}

describe.each(PAGES)('%s', (page) => {
  test('opens with "In short": three to five points', () => {
    const match = IN_SHORT.exec(body(page));
    expect(match?.index, 'the first thing after the imports').toBe(0);
    const points = match![1]!.trim().split('\n');
    expect(points.length).toBeGreaterThanOrEqual(3);
    expect(points.length).toBeLessThanOrEqual(5);
  });

  test(`has at most ${MAX_WORDS} words of prose`, () => {
    expect(proseWords(body(page))).toBeLessThanOrEqual(MAX_WORDS);
  });
});

test('the word count counts prose, not markup', () => {
  expect(
    proseWords('Two words.\n\n<LinkCard title="Not these" href="/x/" />\n[link text](/a/b/)'),
  ).toBe(4);
  expect(PAGES.length).toBeGreaterThan(15);
});

// A page that tells the reader to do something links the playbook that does it.
const PLAYBOOK_LINKS: [page: string, playbook: string][] = [
  ['start-here/for-mentors.mdx', 'kickoff-checklist'],
  ['start-here/for-mentees.mdx', 'plan-a-session'],
  ['start-here/for-coordinators.mdx', 'kickoff-checklist'],
  ['start-here/for-coordinators.mdx', 'program-overview'],
  ['start-here/for-coordinators.mdx', 'your-data'],
  ['practices/before-you-start.mdx', 'kickoff-checklist'],
  ['practices/while-you-meet.mdx', 'plan-a-session'],
  ['practices/feedback.mdx', 'review'],
  ['practices/over-time.mdx', 'review'],
  ['conversations/kickoff.mdx', 'kickoff-checklist'],
  ['conversations/between-meetings.mdx', 'plan-a-session'],
  ['conversations/first-six-sessions.mdx', 'plan-a-session'],
  ['conversations/re-evaluating-and-ending.mdx', 'review'],
  ['conversations/when-pairs-get-stuck.mdx', 'review'],
  ['formats/overview.mdx', 'format-chooser'],
];

test.each(PLAYBOOK_LINKS)('%s links the %s playbook', (page, playbook) => {
  expect(body(page)).toMatch(new RegExp(`(\\]\\(|href=")/playbooks/${playbook}/[#")]`));
});

// One name for each thing: the words the guide no longer uses, with the name it uses instead.
const RETIRED_NAMES: [retired: RegExp, name: string][] = [
  [/near[- ]rules?/i, 'the two ground rules'],
  [/every (month or so|month or two|few sessions)/i, 'the five-minute health check'],
  [/in our experience/i, 'whose experience, or a softer claim'],
  [/first real session/i, 'the first session'],
  [/(?<!kickoff's )first meeting/i, 'the kickoff'],
  [/checkpoint/i, 'the review'],
  [/short-term win/i, 'the first-month win'],
  [/the planner/i, 'Plan a session'],
  [/catch-up/i, 'session'],
  // British spelling, as elsewhere; a programme's own name keeps its spelling.
  [/(?<!\/)\bprograms?\b(?! ?\])/i, 'programme'],
];

describe.each(PAGES)('%s uses one name for each thing', (page) => {
  test.each(RETIRED_NAMES)('not %s but "%s"', (retired) => {
    expect(body(page)).not.toMatch(retired);
  });
});
