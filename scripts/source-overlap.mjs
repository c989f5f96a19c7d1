// Lists the runs of words a guide page shares with the two source articles, so a writer can see
// where a passage still follows a source's wording. A writing aid, not a test: the articles live
// outside the project (../shared/sources, never deployed), so CI on a clean clone cannot read them.
//
//   node scripts/source-overlap.mjs [--words N] [--sources DIR] [page.mdx ...]
//
// Runs on the system Node (20) as well as the project's. With no pages it reads every page of src/content/docs. N (default 5) is the shortest run reported.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  if (at === -1) return fallback;
  const [value] = args.splice(at, 2).slice(1);
  return value;
};
const size = Number(option('--words', '5'));
const sourcesDir = option('--sources', '../shared/sources');
const pages =
  args.length > 0
    ? args
    : readdirSync('src/content/docs', { recursive: true, encoding: 'utf8' })
        .filter((file) => file.endsWith('.mdx'))
        .map((file) => join('src/content/docs', file))
        .sort();

/** Lower-case words, with markup, code, link targets and component tags removed. */
function words(text) {
  return (
    text
      .replace(/^---\n[\s\S]*?\n---\n/, '')
      .replace(/^import .*$/gm, '')
      .replace(/```[\s\S]*?```/g, '')
      .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
      .replace(/\]\([^)]*\)/g, ']')
      .toLowerCase()
      .replace(/[’‘]/g, "'")
      .match(/[\p{L}\p{N}][\p{L}\p{N}'-]*/gu) ?? []
  );
}

const sources = readdirSync(sourcesDir)
  .filter((file) => file.endsWith('.txt'))
  .map((file) => ({ file, words: words(readFileSync(join(sourcesDir, file), 'utf8')) }));
const runs = new Map();
for (const { file, words: list } of sources)
  for (let i = 0; i + size <= list.length; i++)
    runs.set(list.slice(i, i + size).join(' '), file.replace(/\.txt$/, ''));

let total = 0;
for (const page of pages) {
  const list = words(readFileSync(page, 'utf8'));
  const found = [];
  // Joins overlapping shared runs into the longest passage they form.
  for (let i = 0; i + size <= list.length; i++) {
    if (!runs.has(list.slice(i, i + size).join(' '))) continue;
    let end = i + size;
    while (end < list.length && runs.has(list.slice(end - size + 1, end + 1).join(' '))) end++;
    found.push(
      `  ${end - i} words (${runs.get(list.slice(i, i + size).join(' '))}): ${list.slice(i, end).join(' ')}`,
    );
    i = end - 1;
  }
  total += found.length;
  if (found.length > 0) console.log(`${page}\n${found.join('\n')}`);
}
console.log(`${total} shared run(s) of ${size} or more words in ${pages.length} page(s).`);
