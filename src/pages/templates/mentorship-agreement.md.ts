import type { APIRoute } from 'astro';
import { agreementBlocks } from '../../playbook/kickoff/agreement';
import { emptyKickoff } from '../../playbook/kickoff/topics';
import { toMarkdown } from '../../playbook/files/markdown-text';

/** The blank agreement template, built at build time by the same function as a filled-in agreement. */
export const GET: APIRoute = () =>
  new Response(toMarkdown(agreementBlocks(emptyKickoff())), {
    headers: { 'Content-Type': 'text/markdown; charset=utf-8' },
  });
