import type { OverviewTotals as Totals } from '../../playbook/program/overview';
import { GOAL_STATES } from '../../playbook/program/table';

const BAR = 22;
const LABEL = 128;
const WIDTH = 360;

/** One group of bars: its heading and each bar's name, number and look. */
interface BarGroup {
  title: string;
  bars: { label: string; n: number; kind: string }[];
}

/** The totals in two groups: pairs by standing, goals by status. */
export function totalsGroups(totals: Totals): BarGroup[] {
  return [
    {
      title: 'Pairs',
      bars: [
        { label: 'Active', n: totals.active, kind: 'ok' },
        { label: 'Paused', n: totals.paused, kind: 'quiet' },
        { label: 'Ended', n: totals.ended, kind: 'quiet' },
        { label: 'Stalled', n: totals.stalled, kind: 'warn' },
        { label: 'Review overdue', n: totals.overdue, kind: 'warn' },
      ],
    },
    {
      title: 'Goals',
      bars: GOAL_STATES.map(({ id, label }) => ({
        label,
        n: totals.goals[id],
        kind: id === 'stuck' ? 'warn' : id === 'done' || id === 'reached' ? 'ok' : 'quiet',
      })),
    },
  ];
}

/**
 * The programme's totals as a small bar chart with the same numbers as a table beside it. The
 * drawing is decorative (hidden from assistive technology, each bar also printing its number); the
 * table is the accessible version.
 */
export function OverviewTotals({ totals, shown }: { totals: Totals; shown: string }) {
  const groups = totalsGroups(totals);
  return (
    <div class="overview-totals">
      {groups.map((group) => {
        const most = Math.max(1, ...group.bars.map((bar) => bar.n));
        const height = group.bars.length * BAR + 4;
        return (
          <div key={group.title} class="totals-group">
            <svg
              aria-hidden="true"
              class="totals-chart"
              viewBox={`0 0 ${WIDTH} ${height}`}
              width={WIDTH}
              height={height}
            >
              {group.bars.map((bar, i) => (
                <g key={bar.label}>
                  <text x={LABEL - 6} y={i * BAR + 16} text-anchor="end" class="bar-label">
                    {bar.label}
                  </text>
                  <rect
                    class={`bar bar-${bar.kind}`}
                    x={LABEL}
                    y={i * BAR + 4}
                    width={Math.max(1, ((WIDTH - LABEL - 40) * bar.n) / most)}
                    height={BAR - 8}
                  />
                  <text
                    x={LABEL + ((WIDTH - LABEL - 40) * bar.n) / most + 6}
                    y={i * BAR + 16}
                    class="bar-label"
                  >
                    {bar.n}
                  </text>
                </g>
              ))}
            </svg>
            <table class="totals-table">
              <caption>
                {group.title} ({shown})
              </caption>
              <tbody>
                {group.bars.map((bar) => (
                  <tr key={bar.label}>
                    <th scope="row">{bar.label}</th>
                    <td>{bar.n}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        );
      })}
    </div>
  );
}
