import type { ComponentType } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { count } from '../../playbook/core/words';
import type { Program } from '../../playbook/documents/program';
import type { ProgressSummary } from '../../playbook/program/summary';
import { $today } from '../../stores/core/today';
import { overviewKept } from '../../stores/overview/key';
import { announce, unavailable } from '../ui/announce';
import { useHydrated } from '../ui/hydrated';
import { useOnDemand } from '../ui/lazy';
import { useStore } from '../ui/store';
import type * as Actions from './on-demand/actions';
import type { PackOpened, PairResult } from './on-demand/actions';
import type * as Keeping from './on-demand/keeping';
import { AddPairs } from './AddPairs';
import { ADD_AT, CHOOSE_ID, KEEP_AT, PACK_AT } from './at';
import { KeepChoice } from './KeepChoice';
import type { PairsProps } from './Pairs';
import { ProgramPack } from './ProgramPack';
import '../playbook.css';
import './overview.css';

/** Pairs given at build time, such as a repository's folder of summaries (issue 27, point 4). */
export interface InitialOverview {
  summaries: ProgressSummary[];
  program?: Program;
  /**
   * Where they come from, as the line "From ___, built on 30 Nov 2026." says it: "the folder
   * examples/program-pairs in this site's repository".
   */
  source: string;
  /** The day they are counted on, YYYY-MM-DD (the build's day); the visitor's today without it. */
  today?: string;
}

const actions = () => import('./on-demand/actions');
const keepingPart = () => import('./on-demand/keeping');
const manage = () => import('./on-demand/manage');
const pairsPart = () => import('./Pairs').then((m) => m.Pairs);

/** The pairs' part when it is bundled with the island (built.ts), so the build renders it. */
let bundledPairs: ComponentType<PairsProps> | undefined;

/**
 * Bundles the pairs' part with the island, for a page that passes pairs at build time (built.ts):
 * without it, the part loads with the first pair, and the build could not render the table.
 */
export function bundlePairs(part: ComponentType<PairsProps>): void {
  bundledPairs = part;
}

/** A fragment this page reads: a pair's summary, or a programme pack. */
const SUMMARY_HASH = /^#?summary(?:=|%(?:25)*3d)v\d/i;
const PROGRAM_HASH = /^#?program(?:=|%(?:25)*3d)v\d/i;

/**
 * The coordinator's programme overview (issue 27): pairs added from their progress summaries or
 * agreement files (dropped, picked or opened by link; read in this browser, never uploaded), the
 * programme pack's rules and its hand-outs, the pairs' table, totals and CSV (Pairs.tsx), and the
 * choice to keep it in this browser. With `initial`, it shows pairs given at build time (import it
 * from built.ts then), and neither reads nor writes the overview this browser keeps.
 */
export default function ProgramOverview({ initial }: { initial?: InitialOverview }) {
  const hydrated = useHydrated();
  // Read in the build too (the build's day), so what the build and the browser show is the same.
  const visitorToday = useStore($today);
  const today = initial?.today || visitorToday;
  const [summaries, setSummaries] = useState<readonly ProgressSummary[]>(initial?.summaries ?? []);
  const [program, setProgram] = useState<Program | null>(initial?.program ?? null);
  // The keeping module while the overview is kept, and only then.
  const [kept, setKept] = useState<typeof Keeping | undefined>(undefined);
  const keep = !!kept;
  const [results, setResults] = useState<PairResult[]>([]);
  const [act, setAct] = useState<typeof Actions | undefined>(undefined);
  const [undo, setUndo] = useState<
    | { message: string; before: readonly ProgressSummary[]; removed: readonly ProgressSummary[] }
    | undefined
  >(undefined);
  // What an action that finishes later adds to: the pairs as they are then, not as they were.
  const latest = useRef(summaries);
  latest.current = summaries;
  // The kept store while the overview is kept: every change then goes through it (see keeping.tsx).
  const store = useRef<typeof Keeping | undefined>(undefined);
  // Settled once the kept overview (if any) has loaded, so that a link opened with the page adds
  // to it rather than to an empty list.
  const ready = useRef<Promise<unknown>>(Promise.resolve());
  const loaded = useOnDemand(!bundledPairs && summaries.length > 0, pairsPart, ADD_AT);
  const Pairs = bundledPairs ?? loaded;
  const tools = useOnDemand(hydrated && (summaries.length > 0 || !!undo), manage, ADD_AT);

  const keeping = (m: typeof Keeping | undefined) => {
    store.current = m;
    setKept(() => m);
  };

  // The overview this browser keeps, if any (never with pairs given at build time).
  useEffect(() => {
    if (initial || !overviewKept()) return;
    const load = (): Promise<unknown> =>
      keepingPart()
        .then(keeping)
        .catch(() => unavailable(KEEP_AT, load));
    ready.current = load();
  }, []);

  // While kept, the page shows the store, which follows other tabs' changes too.
  useEffect(() => {
    if (!keep || !kept) return;
    return kept.followKept(
      (value) => {
        latest.current = value.summaries;
        setSummaries(value.summaries);
        setProgram(value.program);
      },
      () => keeping(undefined),
      KEEP_AT,
    );
  }, [keep, kept]);

  /** Changes the pairs: the list as kept now when the overview is kept, else this page's. */
  const changePairs = (
    change: (list: readonly ProgressSummary[]) => readonly ProgressSummary[],
  ): void => {
    const kept = store.current;
    if (kept?.changeKept((value) => ({ ...value, summaries: [...change(value.summaries)] })))
      return;
    latest.current = change(latest.current);
    setSummaries(latest.current);
  };

  /** Uses a programme pack that was read, or says why it cannot be used. */
  const openedPack = (read: PackOpened) => {
    if (read.ok && !store.current?.changeKept((value) => ({ ...value, program: read.program })))
      setProgram(read.program);
    announce(read.ok ? read.text : read.message, PACK_AT);
  };

  /** Adds what was read to the pairs and shows what came of each; gives that. */
  const addReads = (m: typeof Actions, reads: Parameters<typeof Actions.addReads>[1]) => {
    let results: PairResult[] = [];
    changePairs((list) => {
      const added = m.addReads(list, reads);
      results = added.results;
      return added.list;
    });
    setAct(() => m);
    setResults(results);
    return results;
  };

  const addFiles = (files: File[]) => {
    if (!files.length) return;
    Promise.all([actions(), ready.current])
      .then(async ([m]) => {
        const results = addReads(m, await m.readFiles(files, today));
        const n = (outcome: PairResult['outcome']) =>
          results.filter((r) => r.outcome === outcome).length;
        announce(
          `Read ${count(files.length, 'file')}: ${n('added')} added, ${n('updated')} updated, ${n('older') + n('refused')} not used.`,
          ADD_AT,
        );
      })
      .catch(() => unavailable(ADD_AT, () => addFiles(files)));
  };

  const openFragment = (hash: string) => {
    const isSummary = SUMMARY_HASH.test(hash);
    if (!isSummary && !PROGRAM_HASH.test(hash)) return;
    // The fragment leaves the address bar once read, so a reload does not read it again.
    history.replaceState(history.state, '', location.pathname + location.search);
    Promise.all([actions(), ready.current])
      .then(async ([m]) => {
        if (isSummary) {
          announce(addReads(m, [await m.readLink(hash)])[0]!.text, ADD_AT);
        } else openedPack(await m.openPackLink(hash));
      })
      .catch(() => unavailable(ADD_AT, () => location.reload()));
  };

  useEffect(() => {
    openFragment(location.hash);
    const onHash = () => openFragment(location.hash);
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);

  const openPack = (file: File) =>
    actions()
      .then(async (m) => {
        openedPack(await m.openPackFile(file));
      })
      .catch(() => unavailable(PACK_AT, () => openPack(file)));

  const packActions = (what: 'link' | 'file') =>
    actions()
      .then((m) =>
        what === 'link' ? m.copyPackLink(program!, PACK_AT) : m.downloadPack(program!, PACK_AT),
      )
      .catch(() => unavailable(PACK_AT, () => packActions(what)));

  const choose = (next: boolean) => {
    if (next === keep) return;
    if (!next) {
      kept?.forgetOverview();
      keeping(undefined);
      announce(
        'Not kept: this browser no longer keeps the overview. Closing this tab forgets these pairs.',
        KEEP_AT,
      );
      return;
    }
    keepingPart()
      .then((m) => {
        // Written now, merged into any other tab keeps, before it is said to be kept.
        const value = m.keepMerged(latest.current, program);
        keeping(m);
        announce(
          `Kept in this browser only: ${count((value ?? { summaries: latest.current }).summaries.length, 'pair')}.`,
          KEEP_AT,
        );
      })
      .catch(() => unavailable(KEEP_AT, () => choose(true)));
  };

  const remove = (ids: readonly string[], message: string) => {
    const gone = new Set(ids);
    const before = latest.current;
    setUndo({ message, before, removed: before.filter((s) => gone.has(s.mentorship)) });
    changePairs((list) => list.filter((s) => !gone.has(s.mentorship)));
    return 'overview-undo';
  };

  return (
    <div class="playbook program-overview">
      <h2>Add pairs</h2>
      <AddPairs hydrated={hydrated} onFiles={addFiles} />
      {results.length > 0 && act && <act.FileResults results={results} />}

      <ProgramPack program={program} hydrated={hydrated} onOpen={openPack} onShare={packActions} />

      <h2>The pairs</h2>
      {summaries.length === 0 ? (
        <p class="overview-empty">
          No pairs yet. Add the progress summaries or agreement files your pairs sent you above:
          they are read in this browser and never uploaded.
        </p>
      ) : Pairs ? (
        <Pairs
          summaries={summaries}
          program={program}
          today={today}
          source={initial?.source}
          hydrated={hydrated}
          onRemove={remove}
        />
      ) : (
        <p class="overview-empty">The table of {count(summaries.length, 'pair')} is loading.</p>
      )}
      {tools && (
        <tools.UndoBar
          id="overview-undo"
          message={undo?.message}
          onUndo={() => {
            if (!undo) return undefined;
            changePairs((list) => tools.restorePairs(list, undo.before, undo.removed));
            setUndo(undefined);
            return tools.restoredFocus(undo.removed, CHOOSE_ID);
          }}
        />
      )}

      {initial ? (
        <p class="hint">
          These pairs come with the page: nothing of them is kept in this browser, and what you add
          is forgotten when you close the tab.
        </p>
      ) : (
        <KeepChoice kept={kept} hydrated={hydrated} onChoose={choose} />
      )}
    </div>
  );
}
