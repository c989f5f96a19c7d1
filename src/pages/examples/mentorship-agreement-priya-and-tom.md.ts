import type { APIRoute } from 'astro';
import { agreementBlocks } from '../../playbook/kickoff/agreement';
import { agreementText } from '../../playbook/kickoff/agreement-file';
import { EXAMPLE_PAIR, exampleKickoff } from '../../playbook/guide/example-pair';

const entry = {
  id: EXAMPLE_PAIR.id,
  name: '',
  createdAt: `${EXAMPLE_PAIR.writtenOn}T09:00:00.000Z`,
};

/**
 * Priya and Tom's agreement, built at build time by the playbook's own functions, with its
 * answers in front matter, so it also opens in the kickoff checklist.
 */
export const GET: APIRoute = () =>
  new Response(
    agreementText(
      { index: { open: entry.id, mentorships: [entry] }, open: entry.id },
      exampleKickoff(),
      EXAMPLE_PAIR.writtenOn,
      agreementBlocks(exampleKickoff(), { writtenOn: EXAMPLE_PAIR.writtenOn }),
    ),
    { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } },
  );
