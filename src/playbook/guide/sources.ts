/** A published article the guide draws on. */
export interface Source {
  id: SourceId;
  title: string;
  author: string;
  /** Who the author is, in one line, so readers can weigh the advice. */
  authorNote: string;
  publication: string;
  /** ISO date of publication, or undefined when the article does not give one. */
  published?: string;
  url: string;
  /** What the guide takes from it, in our words. */
  contributed: readonly string[];
}

/** The identifiers of the sources, used by pages to credit the one they lean on. */
export type SourceId = 'djspinmonkey' | 'pragmatic-engineer';

/** The articles the guide is built on, in the order the Sources page lists them. */
export const SOURCES: readonly Source[] = [
  {
    id: 'djspinmonkey',
    title: 'Some Advice On Technical Mentorship',
    author: 'djspinmonkey',
    authorNote:
      "Writes as djspinmonkey; as a director at New Relic, founded the company's internal mentorship programme and ran it for about three years.",
    publication: 'djspinmonkey.github.io',
    published: '2023-08-15',
    url: 'https://djspinmonkey.github.io/2023/08/15/some-advice-on-technical-mentorship',
    contributed: [
      'What a mentorship is: a collaboration built around a skill gap rather than a job title, where both people learn.',
      'The idea that the advice is a starting point, with mutual respect and clear communication as the only two things close to rules (the guide’s two ground rules).',
      'The practices for setting up and running a mentorship: agreeing the basics, cadence, mentee-led scheduling, a goal, a point to re-evaluate, letting the mentee decide, power dynamics, changing the agreement, choosing a mentor a little further along, checking what the mentee knows, framing explanations, discussing context and telling managers.',
      'The four session formats: an ongoing mentee project, regular pairing, code review and deep dives, and question-and-answer sessions.',
    ],
  },
  {
    id: 'pragmatic-engineer',
    title: "Developers mentoring other developers: practices I've seen work well",
    author: 'Gergely Orosz',
    authorNote:
      'Writes The Pragmatic Engineer newsletter; previously an engineering manager at Uber.',
    publication: 'The Pragmatic Engineer blog',
    url: 'https://blog.pragmaticengineer.com/developers-mentoring-other-developers/',
    contributed: [
      'The topics of the kickoff conversation: backgrounds, what each person wants from it, roles, topics, cadence, contact between sessions, a first-month win, how to judge progress and the challenges ahead.',
      'The agenda the mentee prepares for every session: what happened since last time, how last time’s actions went, a current challenge and a recent success.',
    ],
  },
];

/**
 * A public work one section of the guide leans on, beyond the two articles it is built on: the
 * section credits it in its text, with a link, and the Sources page lists it.
 */
export interface CreditedWork {
  title: string;
  /** Who made it, as the work itself gives it. */
  author: string;
  /** Where it was published and when, as a reader would look it up ("Harvard Business Review, 2019"). */
  publication: string;
  url: string;
  /** The guide page whose section credits it, below the site root ("practices/feedback"). */
  page: string;
  /** That page's title, as the Sources page names it. */
  pageTitle: string;
  /** What the guide takes from it, in our words. */
  contributed: string;
}

/** The other works the guide credits, in the order the Sources page lists them. */
export const CREDITED_WORKS: readonly CreditedWork[] = [
  {
    title: 'Why Men Still Get More Promotions Than Women',
    author: 'Herminia Ibarra, Nancy M. Carter and Christine Silva',
    publication: 'Harvard Business Review, September 2010',
    url: 'https://hbr.org/2010/09/why-men-still-get-more-promotions-than-women',
    page: 'start-here/what-mentorship-is',
    pageTitle: 'What mentorship is',
    contributed:
      'The finding that women tend to be mentored as much as men but sponsored less, which is why the guide separates mentorship from sponsorship.',
  },
  {
    title: 'The GROW model',
    author: 'Graham Alexander, Alan Fine and John Whitmore',
    publication: 'made widely known by Whitmore’s book Coaching for Performance, 1992',
    url: 'https://en.wikipedia.org/wiki/GROW_model',
    page: 'practices/listening-and-asking',
    pageTitle: 'Practices: listening and asking',
    contributed: 'The four steps for working through a problem: goal, reality, options and will.',
  },
  {
    title: 'The Situation-Behavior-Impact (SBI) feedback model',
    author: 'the Center for Creative Leadership',
    publication: 'ccl.org',
    url: 'https://www.ccl.org/articles/leading-effectively-articles/sbi-feedback-model-a-quick-win-to-improve-talent-conversations-development/',
    page: 'practices/feedback',
    pageTitle: 'Practices: feedback, both ways',
    contributed:
      'Feedback that says what was seen and what it did; the guide’s model adds a question.',
  },
  {
    title: 'Conventional Comments',
    author: 'Paul Slaughter',
    publication: 'conventionalcomments.org',
    url: 'https://conventionalcomments.org/',
    page: 'practices/feedback',
    pageTitle: 'Practices: feedback, both ways',
    contributed: 'Labels that say what kind of review comment a comment is.',
  },
  {
    title: 'Minorities in Tech Mentoring Program',
    author: 'GitLab',
    publication: 'GitLab’s company culture pages, about.gitlab.com',
    url: 'https://about.gitlab.com/company/culture/inclusion/erg-minorities-in-tech/mentoring/',
    page: 'start-here/for-coordinators',
    pageTitle: 'For programme coordinators',
    contributed:
      'A second round of matching, offered to a mentee when the first match is not a good fit.',
  },
  {
    title: 'Mentor FAQ',
    author: 'Outreachy',
    publication: 'outreachy.org',
    url: 'https://www.outreachy.org/mentor/mentor-faq/',
    page: 'start-here/for-coordinators',
    pageTitle: 'For programme coordinators',
    contributed: 'Co-mentors, and one intern for each mentor.',
  },
];

/** Looks a source up by id; the id type makes a typo a compile error rather than a broken credit. */
export function getSource(id: SourceId): Source {
  const source = SOURCES.find((s) => s.id === id);
  if (!source) throw new Error(`Unknown source "${id}".`);
  return source;
}

/** A readable date such as "15 August 2023" from an ISO date, independent of the build machine's locale. */
export function formatPublished(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) throw new Error(`Not an ISO date: "${iso}".`);
  return new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}
