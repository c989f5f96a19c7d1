import { useEffect, useState } from 'preact/hooks';
import { kickoffStore } from '../../../stores/core/kickoff';
import { $held } from '../../../stores/core/mentorships';
import { heldLabel, keepHeld, letHeldGo } from '../../../stores/mentorships/held';
import type { Written } from '../../../stores/storage/write-all';
import type { ComponentType } from 'preact';
import { announce } from '../announce';
import { focusSoon } from '../focus';
import { useStore } from '../store';
import { switcherControl } from './switcher';

interface ProblemProps {
  id: string;
  written: Written & { ok: false };
}

/**
 * Where focus goes once the choice is made: back where it was (the field being typed in), else to
 * the list of mentorships.
 */
const returnTo = (before: Element | null) => (): HTMLElement | null =>
  before instanceof HTMLElement && before !== document.body && before.isConnected
    ? before
    : switcherControl();

/**
 * Says that another tab deleted the open mentorship while this page had changed it, and offers
 * the choice: keep what this page still shows as a new mentorship, or let it go. Nothing is
 * written before the choice; focus moves here, it is announced, and leaving the page asks first.
 */
export function HeldNotice() {
  const held = useStore($held);
  // Named as it was when deleted (the held mentorship is the open one, so the kickoff store shows
  // its pair), not as typing goes on.
  const [label] = useState(() => (held ? heldLabel(held, kickoffStore.$value.get().pair) : ''));
  const [before] = useState(() => document.activeElement);
  const [problem, setProblem] = useState<(Written & { ok: false }) | undefined>(undefined);
  // What a refused change says loads only then, with the file of what was here before.
  const [Problem, setProblemView] = useState<ComponentType<ProblemProps> | undefined>(undefined);
  useEffect(() => {
    if (problem && !Problem)
      import('./WriteProblem')
        .then((m) => setProblemView(() => m.WriteProblem))
        .catch(() => announce('That could not be saved. Nothing was changed.'));
  }, [problem, Problem]);
  useEffect(() => {
    if (!held) return;
    focusSoon('held-title');
    announce(
      `“${label}” was deleted in another tab. This page still shows it, unsaved: keep it as a new mentorship, or let it go.`,
    );
  }, [held?.id]);
  // What the page holds is in its memory only: leaving asks first (the browser says it in its own
  // words), as it does while storage refuses answers.
  useEffect(() => {
    const ask = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = '';
    };
    addEventListener('beforeunload', ask);
    return () => removeEventListener('beforeunload', ask);
  }, []);
  if (!held) return null;
  return (
    <section class="notice caution held" aria-labelledby="held-title">
      <h2 id="held-title" tabIndex={-1}>
        “{label}” was deleted in another tab
      </h2>
      <p>
        This page still shows what it held, with what you typed, but none of it is saved any more.
        Nothing is written until you choose.
      </p>
      <p class="notice-actions">
        <button
          type="button"
          onClick={() => {
            const written = keepHeld();
            // Not kept: the page goes on holding it, and says why where the choice was made.
            if (!written.ok) return setProblem(written);
            announce('Kept as a new mentorship, and opened.', 'mentorship');
            focusSoon(returnTo(before));
          }}
        >
          Keep it as a new mentorship
        </button>
        <button
          type="button"
          class="secondary"
          onClick={() => {
            letHeldGo();
            announce(`Let “${label}” go.`, 'mentorship');
            focusSoon(returnTo(before));
          }}
        >
          Let it go
        </button>
      </p>
      {problem && Problem && <Problem id="held-problem" written={problem} />}
    </section>
  );
}
