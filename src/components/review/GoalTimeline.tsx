import type { GoalFacts } from '../../playbook/review/review';
import { dayText, stateLabel, timelineChart } from '../../playbook/review/review';

const OUTCOME = { reached: 'reached', dropped: 'dropped' } as const;

/**
 * One goal's check-ins over the period, drawn as a timeline: a row per state, a column per
 * session, each check-in a mark whose shape (not its colour alone) says the state. The drawing is
 * one image with the whole chart in words as its text alternative, and the same check-ins follow
 * in a table, with each one's note. Colours come from the theme, so dark mode draws it too.
 */
export function GoalTimeline({ goal, days, n }: { goal: GoalFacts; days: string[]; n: number }) {
  const chart = timelineChart(goal, days);
  const title = goal.what.trim() || 'A goal with no words';
  const closed = goal.outcome
    ? ` (${OUTCOME[goal.outcome]} on ${dayText(goal.closedOn) || 'a day not recorded'})`
    : goal.known
      ? ''
      : ' (no longer in the kickoff)';
  return (
    <figure class="goal-timeline" aria-labelledby={`goal-chart-${n}`}>
      <figcaption id={`goal-chart-${n}`}>
        {title}
        {closed}
      </figcaption>
      <svg
        class="timeline-chart"
        role="img"
        aria-label={chart.text}
        viewBox={`0 0 ${chart.width} ${chart.height}`}
        width={chart.width}
        height={chart.height}
      >
        {chart.rows.map((row) => (
          <g key={row.state}>
            <line class="grid" x1={88} x2={chart.width - 4} y1={row.y} y2={row.y} />
            <text class="row-label" x={82} y={row.y + 4} text-anchor="end">
              {row.label}
            </text>
          </g>
        ))}
        {chart.columns.map((column) => (
          <text
            key={column.day}
            class="column-label"
            x={column.x}
            y={chart.height - 10}
            text-anchor="middle"
          >
            {column.label}
          </text>
        ))}
        {chart.line && <path class="trail" d={chart.line} />}
        {chart.marks.map((mark) => (
          <path key={mark.x} class={`mark mark-${mark.state}`} d={mark.d} />
        ))}
        {days.length === 0 && (
          <text
            class="column-label"
            x={chart.width / 2 + 40}
            y={chart.height - 10}
            text-anchor="middle"
          >
            No sessions
          </text>
        )}
      </svg>
      {days.length > 0 && (
        <details class="chart-table">
          <summary>The check-ins on “{title}” as a table</summary>
          <table>
            <thead>
              <tr>
                <th scope="col">Session</th>
                <th scope="col">Where it stood</th>
                <th scope="col">What happened</th>
              </tr>
            </thead>
            <tbody>
              {days.map((day, i) => (
                <tr key={`${day}-${i}`}>
                  <th scope="row">{dayText(day)}</th>
                  <td>{stateLabel(goal.trail[i]?.state ?? '')}</td>
                  <td>{goal.trail[i]?.note ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
    </figure>
  );
}
