/**
 * What a merge will do, in words, for the preview shown before anything is written ("2 sessions
 * you don't have"; "Tom's notes on *Roles and expectations* are newer than yours"). Things are
 * named as the pages name them: the kickoff's topics by their titles (../../kickoff/topics.ts),
 * any other answer by page, topic and field (resetName, ../../portable/reset-names.ts).
 */
import { count } from '../../core/words';
import { TOPICS } from '../../kickoff/topics';
import { resetName } from '../../portable/reset-names';
import type { MentorshipChange } from './mentorship';

/**
 * A piece of a line: the site's own words (a string), the name of an answer or list as the pages
 * call it (`title`, shown emphasised), or text a person typed (`user`: the other person's name),
 * which the caller must insert as text, never as HTML or Markdown.
 */
export type LinePart = string | { title: string } | { user: string };

/** The items of each keyed list, as the pages call them: one, many, by `document.list`. */
const ITEMS: Record<string, [one: string, many: string]> = {
  'kickoff.goals': ['goal', 'goals'],
  'history.sessions': ['session', 'sessions'],
  'agenda.draft.parts': ['part of the next agenda', 'parts of the next agenda'],
  'agenda.draft.carried': [
    'action item from earlier sessions',
    'action items from earlier sessions',
  ],
  'agenda.draft.actions': ['action item for next time', 'action items for next time'],
  'agenda.draft.checkIns': [
    'goal check-in for the next session',
    'goal check-ins for the next session',
  ],
  'review.reviews': ['past review', 'past reviews'],
  'review.draft.added': ['new goal in the review', 'new goals in the review'],
  'review.draft.goals': ['decision on a goal in the review', 'decisions on goals in the review'],
};

const itemsOf = (list: string): [string, string] => {
  if (Object.hasOwn(ITEMS, list)) return ITEMS[list]!;
  const name = `item of ${resetName(list)}`;
  return [name, name.replace(/^item/, 'items')];
};

const article = (noun: string) => (/^[aeiou]/i.test(noun) ? `an ${noun}` : `a ${noun}`);

/** An answer's name, and whether it reads as plural ("notes … are"). */
function answerName(document: string, path: string): { name: LinePart[]; plural: boolean } {
  const topic = document === 'kickoff' && /^topics\.([\w-]+)\.(notes|agreed)$/.exec(path);
  const title = topic && TOPICS.find((t) => t.id === topic[1])?.title;
  if (topic && title)
    return topic[2] === 'notes'
      ? { name: ['notes on ', { title }], plural: true }
      : { name: [{ title: `${title} › Agreed` }], plural: false };
  return { name: [{ title: resetName(`${document}.${path}`) }], plural: false };
}

/**
 * The lines a merge preview says, from a mentorship merge's report (mergeMentorship), each a list
 * of parts (LinePart) forming one sentence without its full stop: first what comes in to each list
 * (items this copy does not have, newer versions of items, removals, a newer order), then each
 * newer answer, then each conflict, where
 * both copies changed the same thing and the older change is kept in the mentorship's history.
 * `there` is what to call the other copy: the other person's name ("Tom") or, by default, "the
 * other copy". No lines when the merge changes nothing here.
 */
export function mergeLines(report: readonly MentorshipChange[], there?: string): LinePart[][] {
  const who: LinePart = there ? { user: there } : 'the other copy';
  const whose: LinePart[] = [who, '’s '];
  const lines: LinePart[][] = [];
  const answers: LinePart[][] = [];
  const conflicts: LinePart[][] = [];
  // Items by list, in the order they first appear.
  const groups = new Map<string, Map<MentorshipChange['change'], number>>();
  for (const change of report) {
    const hash = change.path.lastIndexOf('#');
    const isItem = hash >= 0;
    const list = `${change.document}.${isItem ? change.path.slice(0, hash) : change.path}`;
    if (change.conflict) {
      const name: LinePart[] = isItem
        ? [article(itemsOf(list)[0])]
        : answerName(change.document, change.path).name;
      if (change.change === 'kept-here')
        conflicts.push([
          'you both changed ',
          ...name,
          ': yours is newer and stays; ',
          ...whose,
          'is kept in the mentorship’s history',
        ]);
      else if (change.change === 'removed')
        conflicts.push([
          'you changed ',
          ...name,
          ' that ',
          who,
          ' later removed: it goes, and your version is kept in the mentorship’s history',
        ]);
      else
        conflicts.push([
          'you both changed ',
          ...name,
          ': ',
          ...whose,
          'is newer and replaces yours, which is kept in the mentorship’s history',
        ]);
      continue;
    }
    if (!isItem && change.change !== 'reordered') {
      const { name, plural } = answerName(change.document, change.path);
      answers.push([...whose, ...name, plural ? ' are newer than yours' : ' is newer than yours']);
      continue;
    }
    const counts = groups.get(list) ?? new Map();
    groups.set(list, counts);
    counts.set(change.change, (counts.get(change.change) ?? 0) + 1);
  }
  for (const [list, counts] of groups) {
    const [one, many] = itemsOf(list);
    for (const [change, n] of counts) {
      const items = count(n, one, many);
      if (change === 'added') lines.push([`${items} you don’t have`]);
      else if (change === 'changed')
        lines.push([
          ...whose,
          `${n === 1 ? 'change to' : 'changes to'} ${items} ${n === 1 ? 'is' : 'are'} newer than yours`,
        ]);
      else if (change === 'removed') lines.push([who, ` removed ${items} you still have`]);
      else if (change === 'reordered')
        lines.push([...whose, `order of the ${many} is newer than yours`]);
    }
  }
  return [...lines, ...answers, ...conflicts].map(capitalised);
}

/** A line with its first letter capital, when it starts with the site's own words. */
function capitalised(line: LinePart[]): LinePart[] {
  const [first, ...rest] = line;
  return typeof first === 'string'
    ? [first.charAt(0).toUpperCase() + first.slice(1), ...rest]
    : line;
}
