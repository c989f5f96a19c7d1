/**
 * Writes the example programme's folder (examples/program-pairs/) from
 * src/playbook/guide/example-program.ts: `npx tsx scripts/program-example.ts`. Run it after a
 * change to the summary, pack or agreement formats; tests/unit/program-folder.test.ts fails until
 * the committed files match.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { exampleProgramFiles } from '../src/playbook/guide/example-program';

const folder = 'examples/program-pairs';
await rm(folder, { recursive: true, force: true });
for (const { name, text } of exampleProgramFiles()) {
  await mkdir(dirname(join(folder, name)), { recursive: true });
  await writeFile(join(folder, name), text);
}
console.log(`Wrote ${exampleProgramFiles().length} files to ${folder}/`);
