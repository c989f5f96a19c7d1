import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { loadProgramFolder } from './site/program-folder';

/**
 * Starlight's docs collection: every page of the guide, each required to have a description. And
 * `programFolder`: a programme's pairs' files kept in the repository (src/site/program-folder.ts),
 * each already read by the playbook's own schemas (the same that read the files on the Programme
 * overview page), so the collection declares no second schema of its own.
 */
export const collections = {
  docs: defineCollection({
    loader: docsLoader(),
    schema: docsSchema({ extend: z.object({ description: z.string().min(20) }) }),
  }),
  programFolder: defineCollection({ loader: () => loadProgramFolder() }),
};
