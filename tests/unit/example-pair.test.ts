import { describe, expect, test } from 'vitest';
import { agreementBlocks } from '../../src/playbook/kickoff/agreement';
import { toMarkdown } from '../../src/playbook/kickoff/agreement-file';
import { readAgreement } from '../../src/playbook/kickoff/agreement-read';
import { EXAMPLE_PAIR, exampleKickoff } from '../../src/playbook/guide/example-pair';
import { KickoffSchema, TOPIC_IDS } from '../../src/playbook/documents/kickoff';
import { readDocument } from '../../src/playbook/core/schema';
import { GET } from '../../src/pages/examples/mentorship-agreement-priya-and-tom.md';

const bodyOf = (kickoff: ReturnType<typeof exampleKickoff>, writtenOn: string) =>
  toMarkdown(agreementBlocks(kickoff, { writtenOn }));

describe('Priya and Tom, the pair the guide follows', () => {
  test('their answers fit the schema as they are, with every topic agreed', () => {
    const state = exampleKickoff();
    expect(readDocument(KickoffSchema, state)).toEqual({ value: state, reset: [] });
    expect(TOPIC_IDS.every((id) => state.topics[id].agreed)).toBe(true);
  });

  test('their downloadable agreement is the builder’s output, and opens in the checklist', async () => {
    const text = await (await GET({} as never)).text();
    expect(text).toContain('\n# Mentorship agreement: Tom and Priya\n');
    expect(text).toContain(bodyOf(exampleKickoff(), EXAMPLE_PAIR.writtenOn));
    const read = readAgreement(text, bodyOf);
    expect(read).toMatchObject({ ok: true, reset: [], bodyDiffers: false });
    expect(read.ok && read.value).toMatchObject({ id: EXAMPLE_PAIR.id, kickoff: exampleKickoff() });
  });
});
