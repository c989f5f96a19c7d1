/** Where each kickoff topic is taught in the guide, resolved at build time from the brief. */
import { briefSection, sectionHref } from './brief';
import { TOPICS, type TopicId } from './kickoff';

/** Each topic's guide link, from the site root; passed to the checklist so it need not ship the brief. */
export function kickoffGuideLinks(): Record<TopicId, string> {
  return Object.fromEntries(
    TOPICS.map((t) => [t.id, sectionHref(briefSection(t.briefId))]),
  ) as Record<TopicId, string>;
}
