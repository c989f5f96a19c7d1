// The benchmark's report: one Markdown table per section (ours / reference / ratio / goal / met)
// and an SVG chart of build time against page count for our site and both reference sites.
import { writeFileSync } from 'node:fs';

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const s = (seconds) => `${seconds.toFixed(1)} s`;
const ms = (value) => `${value.toFixed(1)} ms`;
const ratio = (a, b) => (b > 0 ? `${(a / b).toFixed(2)}×` : '–');
const yes = (ok) => (ok ? 'yes' : '**no**');
const table = (head, rows) =>
  [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`]
    .concat(rows.map((r) => `| ${r.join(' | ')} |`))
    .join('\n');

const PROSE = (page) => !page.startsWith('playbooks/');

// The build-time goal: against bare Starlight with the same MDX, at 1,000 generated pages.
const BUILD_GOAL = { generated: 1000, ratio: 1.2 };

/** The build-time series: a key of each build row, how the report names it, its colour. */
const SERIES = [
  { side: 'ours', label: 'this site', colour: '#3b4cd6' },
  { side: 'bare', label: 'bare Starlight, Markdown', colour: '#b35c00' },
  { side: 'bareMdx', label: 'bare Starlight, same MDX', colour: '#2f7d32' },
];

/** Build time against page count, every site, medians with their spread. */
function chart(builds, median) {
  const [w, h, pad] = [640, 360, 56];
  const maxPages = Math.max(...builds.map((b) => b.pages));
  const maxTime = Math.max(...builds.flatMap((b) => SERIES.flatMap(({ side }) => b[side]))) * 1.1;
  const x = (pages) => pad + ((w - 2 * pad) * pages) / maxPages;
  const y = (t) => h - pad - ((h - 2 * pad) * t) / maxTime;
  const series = (side, colour) => {
    const points = builds.map((b) => `${x(b.pages).toFixed(1)},${y(median(b[side])).toFixed(1)}`);
    const bars = builds
      .map((b) => {
        const [lo, hi] = [Math.min(...b[side]), Math.max(...b[side])];
        return `<line x1="${x(b.pages)}" x2="${x(b.pages)}" y1="${y(lo)}" y2="${y(hi)}" stroke="${colour}"/>`;
      })
      .join('');
    return `<polyline fill="none" stroke="${colour}" stroke-width="2" points="${points.join(' ')}"/>${bars}`;
  };
  const ticks = builds
    .map(
      (b) => `<text x="${x(b.pages)}" y="${h - pad + 18}" text-anchor="middle">${b.pages}</text>`,
    )
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${w} ${h}" font-family="sans-serif" font-size="12" role="img" aria-labelledby="t">
<title id="t">Build time (seconds, median of runs, bars from fastest to slowest) against page count: this site, bare Starlight with our pages as Markdown, and bare Starlight with the same MDX</title>
<rect width="${w}" height="${h}" fill="#fff"/>
<line x1="${pad}" y1="${h - pad}" x2="${w - pad}" y2="${h - pad}" stroke="#333"/>
<line x1="${pad}" y1="${pad}" x2="${pad}" y2="${h - pad}" stroke="#333"/>
<text x="${w / 2}" y="${h - 12}" text-anchor="middle">pages</text>
<text x="16" y="${h / 2}" transform="rotate(-90 16 ${h / 2})" text-anchor="middle">seconds</text>
<text x="${pad - 8}" y="${y(0)}" text-anchor="end">0</text>
<text x="${pad - 8}" y="${y(maxTime / 1.1) + 4}" text-anchor="end">${(maxTime / 1.1).toFixed(0)}</text>
${ticks}
${SERIES.map(({ side, colour }) => series(side, colour)).join('')}
${SERIES.map(({ label, colour }, i) => `<text x="${pad + 8}" y="${pad + 16 * i}" fill="${colour}">${label}</text>`).join('\n')}
</svg>
`;
}

/** Writes `<base>.md` and `<base>-build-time.svg` from the benchmark's results. */
export function writeReport(results, base, median) {
  const out = [`# Benchmark: this site beside bare Starlight sites (${results.mode} run)`, ''];
  out.push(
    `Measured ${results.measuredAt} on ${results.machine.cpus} CPUs, Node ${results.machine.node}, ` +
      `in ${Math.round(results.seconds)} s. Markdown: ours with ${results.processors.ours}; bare ` +
      `Starlight, Markdown with ${results.processors.bare}; bare Starlight, same MDX with ` +
      `${results.processors.bareMdx}. All three sidebars list the same six folders; generated ` +
      'pages (the same on all three) are in a folder none lists.',
    '',
  );

  // 1–2. Build time.
  const b = results.builds;
  const range = (list) => `${s(Math.min(...list))}–${s(Math.max(...list))}`;
  out.push('## Build time', '');
  out.push(
    'Two references: bare Starlight holding our pages as plain Markdown (components left out), ' +
      "and bare Starlight holding the same MDX pages with Starlight's components (ours stubbed, " +
      'islands left out). Compiling MDX with components is most of the gap to the first, so the ' +
      `goal is set against the second: at most ${BUILD_GOAL.ratio}× with ` +
      `${BUILD_GOAL.generated.toLocaleString('en')} generated pages.`,
    '',
  );
  out.push(
    table(
      [
        'pages',
        ...SERIES.map(({ label }) => `${label} (median, range)`),
        'ours / Markdown',
        'ours / same MDX',
        'goal',
        'met',
      ],
      b.map((row) => {
        const [o, md, mdx] = SERIES.map(({ side }) => median(row[side]));
        const goal = row.generated === BUILD_GOAL.generated;
        const met = o / mdx <= BUILD_GOAL.ratio;
        // Wall-clock time on a busy machine can flip the verdict; say so when processor time disagrees.
        const cpuMet = row.cpu
          ? median(row.cpu.ours) / median(row.cpu.bareMdx) <= BUILD_GOAL.ratio
          : met;
        return [
          row.pages,
          ...SERIES.map(({ side }) => `${s(median(row[side]))} (${range(row[side])})`),
          ratio(o, md),
          ratio(o, mdx),
          goal ? `at most ${BUILD_GOAL.ratio}× same MDX` : '–',
          goal ? `${yes(met)}${cpuMet === met ? '' : ` (processor time: ${yes(cpuMet)})`}` : '–',
        ];
      }),
    ),
    '',
    `${b[0].ours.length} run(s) of each site at each size, the sites' order rotating from run to run.`,
    '',
  );
  // Processor time is steadier than wall-clock time when others share the machine: a cross-check.
  if (b.every((row) => row.cpu)) {
    const loads = b.flatMap((row) => row.load);
    out.push(
      table(
        [
          'pages',
          ...SERIES.map(({ label }) => `${label}: processor time`),
          'ours / Markdown',
          'ours / same MDX',
        ],
        b.map((row) => {
          const [o, md, mdx] = SERIES.map(({ side }) => median(row.cpu[side]));
          return [row.pages, s(o), s(md), s(mdx), ratio(o, md), ratio(o, mdx)];
        }),
      ),
      '',
      'Processor time: user and system seconds of the build and all it ran (medians), a cross-check ' +
        'on the wall-clock times above. The machine’s one-minute load average after the builds ' +
        `ranged from ${Math.min(...loads).toFixed(1)} to ${Math.max(...loads).toFixed(1)} on ` +
        `${results.machine.cpus} CPUs.`,
      '',
    );
  }
  if (b.length >= 3) {
    // Seconds per 100 extra pages in each step: growth no worse than linear keeps the later step
    // within a quarter of the earlier one.
    const step = (side, i) =>
      ((median(b[i + 1][side]) - median(b[i][side])) / (b[i + 1].pages - b[i].pages)) * 100;
    out.push(
      table(
        ['seconds per 100 more pages', ...SERIES.map(({ label }) => label), 'goal', 'met'],
        [0, 1].map((i) => [
          `${b[i].pages} → ${b[i + 1].pages}`,
          ...SERIES.map(({ side }) => s(step(side, i))),
          i === 1 ? 'ours no more than 1.25× its first step' : '–',
          i === 1 ? yes(step('ours', 1) <= 1.25 * step('ours', 0)) : '–',
        ]),
      ),
      '',
    );
  }

  // 3. What each page costs.
  if (results.pages) {
    const prose = results.pages.filter((p) => PROSE(p.page));
    const proseRef = Math.max(...prose.map((p) => p.ours.firstLoad));
    // What a page of ours loads beyond its bare twin, script by name: the bytes of what differs.
    const beyond = (p) => {
      const bare = new Set(p.bare.scripts.map((x) => x.key));
      const ours = new Set(p.ours.scripts.map((x) => x.key));
      const bytes = new Map();
      for (const x of p.ours.scripts.filter((x) => !bare.has(x.key)))
        bytes.set(x.name, (bytes.get(x.name) ?? 0) + x.bytes);
      for (const x of p.bare.scripts.filter((x) => !ours.has(x.key)))
        bytes.set(x.name, (bytes.get(x.name) ?? 0) - x.bytes);
      return [...bytes].map(([name, difference]) => ({ name, bytes: difference }));
    };
    const signed = (bytes) => `${bytes < 0 ? '−' : '+'}${kb(Math.abs(bytes))}`;
    // The search-button fix is an override of Starlight's Search component and its inline script;
    // the module split (preload-helper) is the same code in another file.
    const isSearchFix = (x) => /^(Search\.astro|preload-helper)|search button/.test(x.name);
    out.push('## What each page costs a visitor (gzip)', '');
    out.push(
      "Prose pages: the goal is the bare page's JavaScript plus our search-button fix; the last " +
        'column but two names every script the page loads that its bare twin does not (the bare ' +
        'Markdown leaves out components such as Tabs, so their scripts count here too). Playbook ' +
        `pages: first load beyond our heaviest prose page (${kb(proseRef)}).`,
      '',
    );
    out.push(
      table(
        [
          'page',
          'HTML ours / bare',
          'CSS ours / bare',
          'first-load JS ours / bare',
          'on demand ours',
          'scripts beyond bare',
          'goal',
          'met',
        ],
        results.pages.map((p) => {
          const isProse = PROSE(p.page);
          const extra = beyond(p);
          return [
            p.page.replace(/index\.html$/, '') || '/',
            `${kb(p.ours.html)} / ${kb(p.bare.html)}`,
            `${kb(p.ours.css)} / ${kb(p.bare.css)}`,
            `${kb(p.ours.firstLoad)} / ${kb(p.bare.firstLoad)}`,
            kb(p.ours.onDemand),
            isProse
              ? extra.map((x) => `${x.name} ${signed(x.bytes)}`).join('; ') || 'none'
              : `${kb(p.ours.firstLoad - proseRef)} beyond prose`,
            isProse ? 'bare + search fix' : 'at most 25 KB beyond prose',
            yes(isProse ? extra.every(isSearchFix) : p.ours.firstLoad - proseRef <= 25 * 1024),
          ];
        }),
      ),
      '',
    );
  }

  // 4. Lighthouse.
  if (results.lighthouse) {
    out.push('## Lighthouse (mobile)', '');
    out.push(
      table(
        ['page', 'perf.', 'a11y', 'best pr.', 'SEO', 'LCP', 'TBT', 'CLS', 'goal', 'met'],
        results.lighthouse.map((row) => {
          const cell = (k, f = String) => `${f(row.ours[k])} / ${f(row.bare[k])}`;
          const all100 = ['performance', 'accessibility', 'best-practices', 'seo'].every(
            (c) => row.ours[c] === 100,
          );
          return [
            row.page,
            cell('performance'),
            cell('accessibility'),
            cell('best-practices'),
            cell('seo'),
            cell('lcp', (v) => `${v} ms`),
            cell('tbt', (v) => `${v} ms`),
            cell('cls'),
            '100 in all four',
            yes(all100),
          ];
        }),
      ),
      '',
      'Each cell: ours / bare.',
      '',
    );
  }

  // 5. Typing.
  if (results.typing) {
    const t = results.typing;
    const p95 = (m) => m.frame.p95;
    out.push('## Typing: keystroke to the next painted frame', '');
    out.push(
      table(
        ['', 'ours (notes field, 200 sessions)', 'bare text area', 'difference', 'goal', 'met'],
        [
          [
            'median',
            ms(t.ours.frame.median),
            ms(t.bare.frame.median),
            ms(t.ours.frame.median - t.bare.frame.median),
            '–',
            '–',
          ],
          [
            'p95',
            ms(p95(t.ours)),
            ms(p95(t.bare)),
            ms(p95(t.ours) - p95(t.bare)),
            'within 2 ms',
            yes(p95(t.ours) - p95(t.bare) <= 2),
          ],
        ],
      ),
      '',
      `${t.keystrokes} keystrokes each; ${t.sessionsShown} sessions listed while typing.`,
      '',
    );
  }

  // 6. The domain at scale.
  const d = results.domain;
  if (d)
    out.push(
      '## The domain at scale (Node, median of runs)',
      '',
      table(
        ['work', 'median (range)', 'goal', 'met'],
        [
          [
            `agreement, ${d.agreement.topics} notes of ${d.agreement.noteCharacters.toLocaleString('en')} characters`,
            `${ms(d.agreement.median)} (${ms(d.agreement.min)}–${ms(d.agreement.max)})`,
            'under 5 ms',
            yes(d.agreement.median < 5),
          ],
          [
            `session log, ${d.log.sessions} sessions`,
            `${ms(d.log.median)} (${ms(d.log.min)}–${ms(d.log.max)})`,
            'under 50 ms',
            yes(d.log.median < 50),
          ],
          [
            `decode the history (${d.decode.sessions} sessions, ${d.decode.characters.toLocaleString('en')} characters)`,
            `${ms(d.decode.median)} (${ms(d.decode.min)}–${ms(d.decode.max)})`,
            'under 10 ms',
            yes(d.decode.median < 10),
          ],
          // Each door's largest accepted input (issue 21): read in full, under a second.
          ...(d.doors
            ? [
                [
                  `share link at its cap (${d.doors.share.sessions} sessions, ${d.doors.share.characters.toLocaleString('en')} characters of link)`,
                  d.doors.share,
                ],
                [
                  `backup at its caps (${d.doors.backup.mentorships} mentorships of ${d.doors.backup.sessionsEach} sessions, ${d.doors.backup.characters.toLocaleString('en')} characters)`,
                  d.doors.backup,
                ],
                [
                  `agreement file, 18 notes of 100,000 characters (${d.doors.agreement.characters.toLocaleString('en')} characters)`,
                  d.doors.agreement,
                ],
                [
                  `agreement file at its key cap (${d.doors.agreementKeys.keys.toLocaleString('en')} keys)`,
                  d.doors.agreementKeys,
                ],
              ].map(([work, t]) => [
                `${work}${t.accepted ? '' : ' — REFUSED'}`,
                `${ms(t.median)} (${ms(t.min)}–${ms(t.max)})`,
                'under 1 s',
                yes(t.accepted && t.median < 1000),
              ])
            : []),
        ],
      ),
      '',
    );
  if (results.typing)
    out.push(
      `Sessions of realistic size (${results.typing.fitSessionCharacters.toLocaleString('en')} characters each, as stored) ` +
        `that fit in Chromium's localStorage here: **${results.typing.fit.toLocaleString('en')}**.`,
      '',
    );

  writeFileSync(`${base}.md`, out.join('\n'));
  writeFileSync(`${base}-build-time.svg`, chart(b, median));
}
