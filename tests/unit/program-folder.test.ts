import { mkdtemp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  EXAMPLE_PROGRAM,
  EXAMPLE_PROGRAM_DAY,
  exampleProgramFiles,
} from '../../src/playbook/guide/example-program';
import { readProgramFolder } from '../../src/playbook/program/folder';
import { overviewOf } from '../../src/playbook/program/overview';
import { loadProgramFolder, DEFAULT_PROGRAM_FOLDER } from '../../src/site/program-folder';
import { packFile } from '../../src/playbook/program/pack';

describe('the example folder', () => {
  test('holds exactly what scripts/program-example.ts makes (run it after a format change)', async () => {
    for (const { name, text } of exampleProgramFiles())
      expect(await readFile(join(DEFAULT_PROGRAM_FOLDER, name), 'utf8'), name).toBe(text);
  });

  test('reads as five pairs of one programme, as of its newest summary', async () => {
    const entries = await loadProgramFolder(DEFAULT_PROGRAM_FOLDER, EXAMPLE_PROGRAM_DAY);
    expect(entries.filter((e) => e.kind === 'refused')).toEqual([]);
    expect(entries.find((e) => e.kind === 'pack')).toMatchObject({ program: EXAMPLE_PROGRAM });
    const { summaries, program } = readProgramFolder(exampleProgramFiles(), EXAMPLE_PROGRAM_DAY);
    const overview = overviewOf(summaries, program!, EXAMPLE_PROGRAM_DAY);
    expect(overview.older).toBe(1);
    expect(
      overview.rows.map(({ summary, standing }) => [
        summary.pair.mentee,
        summary.sessions.held,
        standing.stalled,
        standing.overdue?.label ?? '',
        summary.status.state,
      ]),
    ).toEqual([
      ['Mateo Ruiz', null, false, '', 'active'],
      ['Amara Okafor', 6, false, '', 'active'],
      ['Inês Carvalho', 5, false, '', 'ended'],
      ['Lukas Becker', 5, false, 'Six weeks in', 'active'],
      ['Wei Zhang', 3, true, '', 'active'],
    ]);
  });
});

describe('readProgramFolder', () => {
  const pack = packFile(EXAMPLE_PROGRAM).text;
  test.each<[string, { name: string; text: string }, RegExp]>([
    ['a second pack', { name: 'z-pack.json', text: pack }, /A second programme pack/],
    ['a file not JSON', { name: 'broken.json', text: '{ nope' }, /not valid JSON/],
    [
      'a backup file',
      { name: 'backup.json', text: '{"format":"mentorship-playbook-backup","version":1}' },
      /not a Mentorship Playbook progress summary/,
    ],
    ['a Markdown file that is no agreement', { name: 'notes.md', text: '# Notes\n' }, /agreement/i],
    ['another kind of file', { name: 'photo.png', text: '' }, /Only .json and .md/],
  ])('refuses %s, saying why, and reads the rest', (_, file, message) => {
    const folder = readProgramFolder(
      [{ name: 'a-pack.json', text: pack }, file],
      EXAMPLE_PROGRAM_DAY,
    );
    expect(folder.program).toEqual(EXAMPLE_PROGRAM);
    const refused = folder.entries.find((e) => e.file === file.name);
    expect(refused).toMatchObject({ kind: 'refused' });
    expect(refused?.kind === 'refused' && refused.message).toMatch(message);
  });

  test('a folder that does not exist gives nothing, and a huge file is refused unread', async () => {
    expect(await loadProgramFolder('no/such/folder', EXAMPLE_PROGRAM_DAY)).toEqual([]);
    const dir = await mkdtemp(join(tmpdir(), 'program-folder-'));
    await mkdir(join(dir, 'deep', 'er'), { recursive: true });
    await writeFile(join(dir, 'deep', 'er', 'pack.json'), pack);
    await writeFile(join(dir, 'huge.json'), ' '.repeat(5_000_001));
    const entries = await loadProgramFolder(dir, EXAMPLE_PROGRAM_DAY);
    expect(entries.map((e) => [e.id, e.kind])).toEqual([
      ['deep/er/pack.json', 'pack'],
      ['huge.json', 'refused'],
    ]);
  });
});
