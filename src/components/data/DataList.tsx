import { useStore } from '../ui/store';
import { count } from '../../playbook/core/words';
import { $storageUse } from '../../stores/core/storage';
import { $dataRows } from '../../stores/data/your-data';
import { useHydrated } from '../ui/hydrated';
import { Notices } from '../ui/Notices';
import '../playbook.css';

/** A size in stored characters, in kB as browsers roughly count their quota. */
const kB = (characters: number) =>
  `${(characters / 1000).toLocaleString('en', { maximumFractionDigits: 1 })} kB`;

/**
 * Every mentorship this browser holds, what is in it and the room it takes, under the notices
 * about where it is kept (the list of mentorships rebuilt after damage, storage refusing data).
 */
export default function DataList() {
  const hydrated = useHydrated();
  const rows = useStore($dataRows, { ssr: () => [] });
  const use = useStore($storageUse, { ssr: () => 0 });
  if (!hydrated)
    return (
      <p class="playbook hint">
        The list of what this browser holds appears here once the page has loaded.
      </p>
    );
  return (
    <div class="playbook your-data">
      <Notices what="mentorships" documents={[]} />
      {rows.length ? (
        <table>
          <caption class="visually-hidden">Mentorships in this browser</caption>
          <thead>
            <tr>
              <th scope="col">Mentorship</th>
              <th scope="col">What it holds</th>
              <th scope="col">Size</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <th scope="row">{row.label}</th>
                <td>
                  {row.agreed} of {row.topics} topics agreed,{' '}
                  {count(row.sessions, 'finished session')}
                </td>
                <td>{kB(row.size)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>No mentorships yet: this browser holds nothing of yours.</p>
      )}
      <p>
        All together the playbooks use about {kB(use)} of the roughly 5,000 kB a browser allows each
        site.
      </p>
    </div>
  );
}
