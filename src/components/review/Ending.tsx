import { useStore } from '../ui/store';
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { $review } from '../../stores/review/review';
import { unavailable } from '../ui/announce';
import { useHydrated } from '../ui/hydrated';
import { Status } from '../ui/Status';
import '../playbook.css';
import './review.css';

/**
 * The ending: once a review ends the mentorship, its closing summary (the pair, the dates, the
 * sessions held, each goal and how it ended, what each learned and what comes next for the
 * mentee). Its code loads only then; the page's prose says what it will hold before.
 */
export default function Ending() {
  const hydrated = useHydrated();
  const ended = useStore($review).state.status === 'ended' && hydrated;
  const [Summary, setSummary] = useState<ComponentType | undefined>(undefined);
  useEffect(() => {
    if (!ended || Summary) return;
    const load = (): Promise<void> =>
      import('./on-demand/Summary')
        .then((m) => setSummary(() => m.Summary))
        .catch(() => unavailable('ending', load));
    load();
  }, [ended, Summary]);
  return (
    <section class="playbook ending" aria-labelledby="ending-title">
      <h2 id="ending-title" tabIndex={-1}>
        The ending
      </h2>
      {ended ? (
        Summary && <Summary />
      ) : (
        <p>No ending yet: a review that ends the mentorship puts its closing summary here.</p>
      )}
      <Status at="ending" />
    </section>
  );
}
