/**
 * Changes to the index of mentorships that only the switcher's tools make (rename, delete, undo),
 * kept apart from ../documents/mentorships.ts so that pages load them with the tools, not on first load.
 */
import type { MentorshipEntry, Mentorships } from '../documents/mentorships';

/** The longest name a mentorship can be given. */
export const NAME_MAX = 80;

/** The index with a mentorship renamed ('' to call it after the pair again). */
export const renameMentorship = (index: Mentorships, id: string, name: string): Mentorships => ({
  ...index,
  mentorships: index.mentorships.map((m) =>
    m.id === id ? { ...m, name: name.replace(/\s+/g, ' ').trim().slice(0, NAME_MAX) } : m,
  ),
});

/**
 * The index without a mentorship. When it was the open one, its neighbour opens (the one after,
 * else the one before); with none left, nothing is open.
 */
export function removeMentorship(index: Mentorships, id: string): Mentorships {
  const at = index.mentorships.findIndex((m) => m.id === id);
  if (at < 0) return index;
  const mentorships = index.mentorships.filter((m) => m.id !== id);
  const open =
    index.open === id ? (mentorships[Math.min(at, mentorships.length - 1)]?.id ?? '') : index.open;
  return { open, mentorships };
}

/** The index with a removed mentorship back where it was, and open again. */
export function restoreMentorship(
  index: Mentorships,
  entry: MentorshipEntry,
  at: number,
): Mentorships {
  const mentorships = index.mentorships.filter((m) => m.id !== entry.id);
  mentorships.splice(Math.min(at, mentorships.length), 0, entry);
  return { open: entry.id, mentorships };
}
