import type { APIRoute } from 'astro';
import { agreementMarkdown } from '../../playbook/agreement-file';
import { emptyKickoff } from '../../playbook/kickoff';

/** The blank agreement template, built at build time by the same function as a filled-in agreement. */
export const GET: APIRoute = () =>
  new Response(agreementMarkdown(emptyKickoff()), {
    headers: { 'Content-Type': 'text/markdown; charset=utf-8' },
  });
