// Keystroke latency in a playbook's notes field, with a long history stored: shared by
// `npm run perf` and `npm run bench`.

/** Keystrokes typed per measurement. */
export const KEYSTROKES = 120;
/** Finished sessions stored while typing. */
export const SESSIONS = 200;

/** Finished sessions (200 unless told) in the stored shape documented in src/stores/agenda/agenda.ts. */
export function agendaWithHistory(count = SESSIONS) {
  const note = (i, part) =>
    `Session ${i}, ${part}: talked through the migration estimate and the review comments. `.repeat(
      3,
    );
  const parts = (i) =>
    [
      ['since', 'Since last time', 5],
      ['actions', "Last time's action items", 8],
      ['challenge', 'A current challenge', 12],
      ['success', 'A recent success', 5],
    ].map(([kind, title, minutes], p) => ({
      id: `s${i}-p${p}`,
      kind,
      title,
      minutes,
      notes: note(i, kind),
    }));
  const items = (i) => [
    {
      id: `s${i}-a1`,
      text: `Read chapter ${i % 12} and note questions`,
      owner: 'mentee',
      done: i % 3 === 0,
    },
    { id: `s${i}-a2`, text: 'Find an example of a good design doc', owner: 'mentor', done: true },
  ];
  const day = (i) =>
    new Date(Date.UTC(2026, 10, 21) - i * 7 * 86_400_000).toISOString().slice(0, 10);
  const history = Array.from({ length: count }, (_, i) => ({
    id: `session-${i}`,
    finishedAt: `${day(i)}T12:00:00.000Z`,
    date: day(i),
    parts: parts(i),
    carried: items(i).slice(0, 1),
    actions: items(i),
  }));
  // The agenda and the history live under keys of their own (src/stores/agenda/agenda.ts).
  return {
    agenda: {
      version: 1,
      draft: {
        date: '',
        parts: parts('next').map((p) => ({ ...p, notes: '' })),
        carried: [],
        actions: [],
      },
    },
    sessions: { version: 1, sessions: history },
  };
}

/**
 * Opens the Plan a session page at an origin with 200 finished sessions stored (under the first
 * release's keys, which the page moves into its first mentorship) and waits for its islands.
 * Returns how many characters were stored.
 */
export async function openPlannerWithHistory(page, origin) {
  await page.goto(`${origin}/playbooks/plan-a-session/`);
  const { agenda, sessions } = agendaWithHistory();
  const stored = [JSON.stringify(agenda), JSON.stringify(sessions)];
  await page.evaluate(([a, s]) => {
    localStorage.setItem('mentorship-playbook:v1:agenda', a);
    localStorage.setItem('mentorship-playbook:v1:sessions', s);
  }, stored);
  await page.goto(`${origin}/playbooks/plan-a-session/`);
  await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
  return stored.join('').length;
}

/** Types into a field and measures, per keystroke, keydown to the first frame after the island re-rendered. */
export async function measureTyping(page, field) {
  await field.click();
  await page.evaluate(
    (selector) => {
      const el = document.querySelector(selector);
      window.__latencies = [];
      let start = 0;
      el.addEventListener('keydown', (e) => {
        start = e.timeStamp;
      });
      // Listeners added after the island's run after its handler; a zero timeout set here runs after
      // the store's batched re-render (also a zero timeout, queued earlier), then the frame is drawn.
      el.addEventListener('input', () => {
        const began = start;
        setTimeout(() => {
          const processed = performance.now() - began;
          requestAnimationFrame(() =>
            window.__latencies.push({ processed, frame: performance.now() - began }),
          );
        }, 0);
      });
    },
    await field.evaluate((el) => `#${CSS.escape(el.id)}`),
  );
  for (let i = 0; i < KEYSTROKES; i++) {
    await page.keyboard.press(i % 20 === 19 ? 'Space' : 'KeyA');
    await page.waitForTimeout(30);
  }
  await page.waitForTimeout(200);
  const samples = await page.evaluate(() => window.__latencies);
  // The page's own cost, without the test driver's input dispatch: set the text, send the input
  // event the browser would, and time until the island has re-rendered.
  const own = await field.evaluate(async (el, count) => {
    const times = [];
    for (let i = 0; i < count; i++) {
      const start = performance.now();
      el.value += i % 20 === 19 ? ' ' : 'b';
      el.dispatchEvent(
        new InputEvent('input', { bubbles: true, data: 'b', inputType: 'insertText' }),
      );
      await new Promise((resolve) => setTimeout(resolve, 0));
      times.push(performance.now() - start);
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    }
    return times;
  }, KEYSTROKES);
  const stats = (values) => {
    const sorted = [...values].sort((a, b) => a - b);
    const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
    return { median: at(0.5), p95: at(0.95), max: sorted.at(-1) };
  };
  // processed: keydown until the island has re-rendered (the DOM shows the change);
  // frame: until the next animation frame after that, which adds waiting for the display's next refresh.
  return {
    keystrokes: samples.length,
    own: stats(own),
    processed: stats(samples.map((s) => s.processed)),
    frame: stats(samples.map((s) => s.frame)),
  };
}
