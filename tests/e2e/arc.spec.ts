import { type Page } from '@playwright/test';
import { expect, test } from './fixtures';
import {
  downloadFrom,
  expectNoAxeViolations,
  islandsReady,
  makeShareLink,
  onDay,
  openPage,
  printedPages,
  reviewNotice,
  WIDE,
} from './helpers';

// The whole arc of one mentorship, through the pages as the pair uses them, with the browser's
// clock moved forward between sittings: Priya mentors Tom every two weeks from 4 January 2027,
// with two goals and a review agreed for 5 April; six sessions check in on the goals; the review
// reaches one goal and adds another; a later review ends it; the closing summary is kept, and the
// whole mentorship goes to another browser by share link.

const KICKOFF = 'playbooks/kickoff-checklist/';
const CHOOSER = 'playbooks/format-chooser/';
const PLAN = 'playbooks/plan-a-session/';
const REVIEW = 'playbooks/review/';

const START = '2027-01-04';
const FIRST_REVIEW = '2027-04-05';
const NEXT_REVIEW = '2027-07-05';
const ENDING = '2027-07-06';

const AUDIT = 'Audit a page alone';
const FOCUS = 'Fix focus order in dialogs';
const FORM = 'Ship an accessible form';

// Where each goal stands at each of the six sessions, two weeks apart, and what happened.
const SESSIONS = [
  { audit: 'Not started', focus: 'Not started', note: '' },
  { audit: 'Moving', focus: 'Not started', note: 'Audited the login page with Priya' },
  { audit: 'Moving', focus: 'Stuck', note: '' },
  { audit: 'Done', focus: 'Stuck', note: 'Audited the sign-up page alone' },
  { audit: 'Done', focus: 'Moving', note: '' },
  { audit: 'Done', focus: 'Moving', note: '' },
] as const;

/** The ISO day `weeks` weeks after `day`. */
function weeksAfter(day: string, weeks: number): string {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + weeks * 7);
  return date.toISOString().slice(0, 10);
}
const SESSION_DAYS = SESSIONS.map((_, i) => weeksAfter(START, 2 * i));

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul'];
/** An ISO day as the pages write it, such as "4 Jan 2027". */
const shortDay = (day: string) => {
  const [year, month, date] = day.split('-').map(Number);
  return `${date} ${MONTHS[month! - 1]} ${year}`;
};

/**
 * What one page visit with its handful of actions may take on a busy two-core machine; axe passes
 * add their own (AXE_PASS_BUDGET each, through expectNoAxeViolations).
 */
const VISIT_BUDGET = 8_000;
// The kickoff, each session, the pages checked for the notice before and when it is due, the
// review, the agreement after it, the ending with its files and print, and the second browser.
const VISITS = 1 + SESSIONS.length + 1 + 4 + 2 + 2 + 4 + 3;

/** Chromium's date field takes its parts typed in order, month first in the US locale. */
const typedDate = (day: string) => {
  const [year, month, date] = day.split('-');
  return `${month}${date}${year}`;
};

test('a mentorship from kickoff to closing summary, month by month, and carried to another browser', async ({
  page,
  browser,
}) => {
  test.setTimeout(VISITS * VISIT_BUDGET);

  await test.step('the kickoff agrees two goals and a review in three months', async () => {
    await onDay(page, START);
    await openPage(page, KICKOFF);
    await page.getByRole('textbox', { name: "Mentor's name" }).fill('Priya');
    await page.getByRole('textbox', { name: "Mentee's name" }).fill('Tom');
    await page.getByRole('textbox', { name: 'Start date' }).fill(START);
    await page.getByRole('combobox', { name: 'How often' }).selectOption('every-two-weeks');
    await page.getByRole('spinbutton', { name: 'Session length (minutes)' }).fill('45');
    for (const [n, what, evidence] of [
      [1, AUDIT, 'Tom audits the sign-up page on his own'],
      [2, FOCUS, 'Two dialogs keep focus in order'],
    ] as const) {
      await page.getByRole('button', { name: 'Add a goal' }).press('Enter');
      const goal = page.getByRole('group', { name: `Goal ${n}` });
      await expect(goal.getByRole('textbox', { name: 'What' })).toBeFocused();
      await page.keyboard.type(what);
      await page.keyboard.press('Tab');
      await expect(goal.getByRole('textbox', { name: "How you'll know" })).toBeFocused();
      await page.keyboard.type(evidence);
    }
    await page.getByRole('radio', { name: 'On a date' }).check();
    await page.getByRole('textbox', { name: 'Date to look back' }).fill(FIRST_REVIEW);
    const preview = page.getByRole('article', { name: 'Agreement preview' });
    await expect(preview).toContainText(`Goal 1: ${AUDIT}`);
    await expect(preview).toContainText(`Goal 2: ${FOCUS}`);
    await expect(preview).toContainText(`We look back: On ${FIRST_REVIEW}`);
    await expectNoAxeViolations(page, 'the kickoff with two goals and a review date');
  });

  await test.step('six sessions, two weeks apart, each checks in on both goals', async () => {
    for (const [i, { audit, focus, note }] of SESSIONS.entries()) {
      const day = SESSION_DAYS[i]!;
      await onDay(page, day);
      if (i === 0) await openPage(page, PLAN);
      else {
        await page.reload();
        await islandsReady(page);
      }
      // Before its date, no page says a review is due.
      await expect(page.getByRole('region', { name: 'Mentorship' })).toBeVisible();
      await expect(reviewNotice(page)).toHaveCount(0);
      // Last time's item is done now; this session gives Tom the next.
      if (i > 0) await page.getByRole('checkbox', { name: `Step ${i} (mentee)` }).check();
      await page.getByRole('textbox', { name: 'New action item' }).fill(`Step ${i + 1}`);
      await page.getByRole('button', { name: 'Add', exact: true }).click();
      const auditGroup = page.getByRole('group', { name: AUDIT });
      await auditGroup.getByRole('radio', { name: audit }).check();
      if (note)
        await auditGroup.getByRole('textbox', { name: 'What happened (optional)' }).fill(note);
      await page.getByRole('group', { name: FOCUS }).getByRole('radio', { name: focus }).check();
      if (i === 2) await expectNoAxeViolations(page, 'the planner with check-ins on two goals');
      await page.getByRole('button', { name: 'Finish session…' }).click();
      await page.getByRole('button', { name: 'Finish session', exact: true }).click();
      await expect(
        page.getByText(new RegExp(`^Session on ${day} \\(.*, 2 goal check-ins\\)$`)),
      ).toBeVisible();
      // The next agenda starts with no check-in.
      await expect(auditGroup.getByRole('radio', { name: audit })).not.toBeChecked();
    }
    const history = page.getByText(/^Session on \d{4}-\d{2}-\d{2} \(/);
    await expect(history).toHaveCount(SESSIONS.length);
  });

  await test.step('on the agreed date, every playbook page says the review is due', async () => {
    await onDay(page, FIRST_REVIEW);
    for (const path of [KICKOFF, CHOOSER, PLAN]) {
      await openPage(page, path);
      await expect(reviewNotice(page)).toContainText(
        'A review of this mentorship is due: it came due on 5 Apr 2027.',
      );
      await expect(
        reviewNotice(page).getByRole('link', { name: 'Review and re-evaluate' }),
      ).toHaveAttribute('href', `/${REVIEW}`);
    }
    await expectNoAxeViolations(page, 'the planner with the review due');
    // The review page says so too, and links nowhere: the review is this page.
    await openPage(page, REVIEW);
    await expect(reviewNotice(page)).toContainText(
      'A review of this mentorship is due: it came due on 5 Apr 2027.',
    );
    await expect(reviewNotice(page).getByRole('link')).toHaveCount(0);
    await expect(page.locator('.review-due-status')).toHaveText(
      'A review is due: it came due on 5 Apr 2027.',
    );
  });

  await test.step('the review, by keyboard at 320 × 256, reaches one goal and adds one', async () => {
    await page.setViewportSize({ width: 320, height: 256 });
    const facts = page.getByRole('region', { name: 'What happened' });
    await expect(facts).toContainText('Period: 4 Jan 2027 to 5 Apr 2027');
    await expect(facts).toContainText(
      // Every two weeks from 4 January, the seventh falls on 29 March: the pair missed it.
      'Sessions: 6 sessions held, of 7 the agreed cadence implies',
    );
    await expect(facts).toContainText('Action items: 5 action items done, 1 still open');
    await expect(
      facts.getByRole('img', { name: `Check-ins on “${AUDIT}”: ` }),
    ).toHaveAccessibleName(
      `Check-ins on “${AUDIT}”: ` +
        SESSIONS.map(({ audit }, i) => `${audit} on ${shortDay(SESSION_DAYS[i]!)}`).join(', ') +
        '.',
    );
    const table = facts.getByText(`The check-ins on “${AUDIT}” as a table`);
    await table.press('Enter');
    await expect(
      facts.getByRole('row', {
        name: `${shortDay(SESSION_DAYS[3]!)} Done ${SESSIONS[3].note}`,
        exact: true,
      }),
    ).toBeVisible();
    // The second goal's chart on screen while axe looks.
    const chart = facts.getByRole('img', { name: new RegExp(`^Check-ins on “${FOCUS}”`) });
    await chart.scrollIntoViewIfNeeded();
    await expect(chart).toBeInViewport();
    await expectNoAxeViolations(page, 'the review with its chart and table at 320 px');

    const priya = page.getByRole('group', { name: 'Priya (mentor)' });
    const tom = page.getByRole('group', { name: 'Tom (mentee)' });
    await priya.getByRole('textbox', { name: 'What have you learned?' }).focus();
    await page.keyboard.type('Coaching, not telling');
    await tom.getByRole('textbox', { name: 'What have you learned?' }).focus();
    await page.keyboard.type('Auditing a page');

    const reached = page
      .getByRole('group', { name: AUDIT })
      .getByRole('radio', { name: 'Reached' });
    await reached.focus();
    await page.keyboard.press('Space');
    await expect(reached).toBeChecked();
    // An arrow moves from the first choice to the next, choosing it.
    const focus = page.getByRole('group', { name: FOCUS });
    await focus.getByRole('radio', { name: 'Reached' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(focus.getByRole('radio', { name: 'Keep going' })).toBeChecked();

    await page.getByRole('button', { name: 'Add a new goal' }).press('Enter');
    await expect(page.getByRole('textbox', { name: 'What it is' })).toBeFocused();
    await page.keyboard.type(FORM);
    await page.keyboard.press('Tab');
    await expect(
      page.getByRole('textbox', { name: 'How you will know it is reached' }),
    ).toBeFocused();
    await page.keyboard.type('It passes an audit by Tom');

    const carryOn = page
      .getByRole('group', { name: 'The mentorship' })
      .getByRole('radio', { name: 'Carry on as we are' });
    await carryOn.focus();
    await page.keyboard.press('Space');
    await expect(carryOn).toBeChecked();
    const next = page.getByLabel('Next review on (optional)');
    await next.focus();
    await page.keyboard.type(typedDate(NEXT_REVIEW));
    await expect(next).toHaveValue(NEXT_REVIEW);
    await expectNoAxeViolations(page, 'the review filled in at 320 px');

    await page.getByRole('button', { name: 'Save the review' }).press('Enter');
    await expect(
      page.getByRole('heading', { name: 'Saved the review of 5 Apr 2027' }),
    ).toBeFocused();
    await expect(
      page.getByRole('main').getByText('The next review is on 5 Jul 2027.'),
    ).toBeVisible();
    await expect(reviewNotice(page)).toHaveCount(0);
    await expectNoAxeViolations(page, 'the review saved at 320 px');
    const calendar = await downloadFrom(
      page,
      page.getByRole('button', { name: 'Add to calendar (.ics)' }),
    );
    expect(calendar.text).toContain('DTSTART;VALUE=DATE:20270705');
    await page.setViewportSize(WIDE);
  });

  await test.step('the agreement lists the reached goal as closed, the new one, and the next date', async () => {
    await openPage(page, KICKOFF);
    const preview = page.getByRole('article', { name: 'Agreement preview' });
    await expect(preview).toContainText(`Goal 1: ${FOCUS}`);
    await expect(preview).toContainText(`Goal 2: ${FORM}`);
    await expect(preview).toContainText(`Closed goal 1: ${AUDIT}`);
    await expect(preview).toContainText(`Closed: Reached on ${FIRST_REVIEW}`);
    await expect(preview).toContainText(`We look back: On ${NEXT_REVIEW}`);
    await expect(page.getByRole('textbox', { name: 'Date to look back' })).toHaveValue(NEXT_REVIEW);
    await expect(reviewNotice(page)).toHaveCount(0);
    await expectNoAxeViolations(page, 'the agreement after the review');
  });

  await test.step('three months on, a second review ends the mentorship', async () => {
    await onDay(page, ENDING);
    await openPage(page, PLAN);
    await expect(reviewNotice(page)).toContainText('it came due on 5 Jul 2027');
    await reviewNotice(page).getByRole('link', { name: 'Review and re-evaluate' }).click();
    await islandsReady(page);
    await page
      .getByRole('group', { name: 'Tom (mentee)' })
      .getByRole('textbox', { name: 'What have you learned?' })
      .fill('How to audit a page, and to ask for help sooner');
    await page
      .getByRole('group', { name: 'Priya (mentor)' })
      .getByRole('textbox', { name: 'What have you learned?' })
      .fill('To coach rather than tell');
    await page.getByRole('group', { name: FOCUS }).getByRole('radio', { name: 'Reached' }).check();
    await page.getByRole('group', { name: FORM }).getByRole('radio', { name: 'Drop it' }).check();
    await page
      .getByRole('group', { name: 'The mentorship' })
      .getByRole('radio', { name: 'End the mentorship' })
      .check();
    await page
      .getByRole('textbox', { name: 'What comes next for Tom' })
      .fill('Apply for the senior role, with the audits as evidence');
    await page.getByRole('button', { name: 'Save the review' }).click();
    await expect(page.getByRole('heading', { name: 'The ending' })).toBeFocused();
    const summary = page.getByRole('article', { name: 'Closing summary' });
    await expect(summary).toContainText('Mentorship summary: Tom and Priya');
    await expect(summary).toContainText('Dates: 4 January 2027 to 6 July 2027');
    await expect(summary).toContainText('Sessions held: 6');
    await expect(summary).toContainText('How it ended: Reached, 5 April 2027');
    await expect(summary).toContainText('How it ended: Reached, 6 July 2027');
    await expect(summary).toContainText('How it ended: Dropped, 6 July 2027');
    await expectNoAxeViolations(page, 'the ending');
  });

  await test.step('the closing summary downloads as Markdown and prints on at most two A4 pages', async () => {
    const file = await downloadFrom(
      page,
      page.getByRole('button', { name: 'Download the closing summary (.md)' }),
    );
    expect(file.name).toBe(`mentorship-summary-tom-and-priya-${ENDING}.md`);
    expect(file.text).toMatch(/^---\nformat: "mentorship-playbook-summary"\n/);
    for (const words of [
      '# Mentorship summary: Tom and Priya',
      AUDIT,
      FOCUS,
      FORM,
      'How to audit a page, and to ask for help sooner',
      'Apply for the senior role, with the audits as evidence',
    ])
      expect(file.text).toContain(words);

    const pages = await printedPages(page);
    expect(pages.length).toBeGreaterThanOrEqual(1);
    expect(pages.length).toBeLessThanOrEqual(2);
    const text = pages.join(' ');
    for (const words of [
      'Mentorship summary: Tom and Priya',
      'Sessions held: 6',
      AUDIT,
      FOCUS,
      FORM,
      'To coach rather than tell',
      'What comes next for Tom',
    ])
      expect(text).toContain(words);
    for (const control of ['Save the review', 'Download', 'Past reviews', 'What happened'])
      expect(text).not.toContain(control);

    // Afterwards it stays readable, marked as ended.
    await openPage(page, PLAN);
    await expect(reviewNotice(page)).toContainText('This mentorship ended on 6 Jul 2027.');
    await openPage(page, REVIEW);
  });

  await test.step('a share link carries the whole mentorship, reviews and all, to another browser', async () => {
    const past = (where: Page) => where.getByRole('region', { name: 'Past reviews' });
    const reviews = ['6 Jul 2027', '5 Apr 2027'];
    const here = [];
    for (const when of reviews)
      here.push(
        await downloadFrom(
          page,
          past(page).getByRole('button', { name: `Download the review of ${when}` }),
        ),
      );
    await past(page).getByText('Review of 5 Apr 2027').click();
    const first = past(page).getByRole('article', { name: 'Review of 5 Apr 2027' });
    await expect(first).toContainText('Auditing a page');
    const shown = await first.innerText();
    const summary = await page.getByRole('article', { name: 'Closing summary' }).innerText();
    const link = await makeShareLink(page);

    const other = await browser.newContext();
    try {
      const there = await other.newPage();
      await onDay(there, '2027-07-07');
      await there.goto(link);
      await there.getByRole('button', { name: 'Add this mentorship' }).click();
      await islandsReady(there);
      await expect(past(there).getByText(/^Review of /)).toHaveText(
        reviews.map((when) => `Review of ${when}`),
      );
      for (const [i, when] of reviews.entries()) {
        const file = await downloadFrom(
          there,
          past(there).getByRole('button', { name: `Download the review of ${when}` }),
        );
        expect(file.name).toBe(here[i]!.name);
        expect(file.text).toBe(here[i]!.text);
      }
      await past(there).getByText('Review of 5 Apr 2027').click();
      expect(
        await past(there).getByRole('article', { name: 'Review of 5 Apr 2027' }).innerText(),
      ).toBe(shown);
      expect(await there.getByRole('article', { name: 'Closing summary' }).innerText()).toBe(
        summary,
      );
      await expect(reviewNotice(there)).toContainText('This mentorship ended on 6 Jul 2027.');
      await expectNoAxeViolations(there, 'the shared mentorship in another browser');
    } finally {
      await other.close();
    }
  });
});
