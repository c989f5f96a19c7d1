import { useStore } from '../ui/store';
import { $agendaReadOnly, $history } from '../../stores/agenda/agenda';
import { useHydrated } from '../ui/hydrated';
import { useOnDemand } from '../ui/lazy';
import { Status } from '../ui/Status';
import { usePrinting } from './printing';
import '../playbook.css';

/**
 * Finished sessions, newest first, with exports: an island of its own, so typing in the agenda
 * never re-renders it. The list itself loads once there is a session to list.
 */
export default function History() {
  const hydrated = useHydrated();
  const history = useStore($history, { ssr: () => [] });
  const readOnly = useStore($agendaReadOnly, { ssr: () => false });
  const any = hydrated && history.length > 0;
  const List = useOnDemand(
    any,
    () => import('./on-demand/PastSessions'),
    'history-status',
    'history-title',
  );
  const printing = usePrinting() && any;
  return (
    <section class="playbook past-sessions" aria-labelledby="history-title">
      {printing && List && <List.PrintedLog history={history} />}
      <h2 id="history-title" tabIndex={-1}>
        Past sessions
      </h2>
      {!hydrated ? (
        <p>Finished sessions are kept in this browser and listed here, newest first.</p>
      ) : history.length === 0 ? (
        <p>No sessions finished yet. They appear here, newest first, when you finish one.</p>
      ) : List ? (
        <List.PastSessions history={history} readOnly={readOnly} />
      ) : (
        <p class="part-actions">
          Loading the past sessions…
          <Status at="history-status" />
        </p>
      )}
    </section>
  );
}
