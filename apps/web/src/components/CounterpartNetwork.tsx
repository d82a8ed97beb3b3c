import { Link } from 'react-router';
import { paths } from '../logic/format';
import type { Counterpart } from '../logic/network';

const SIZE = 420;
const CENTRE = SIZE / 2;
const RADIUS = 150;

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function describe(counterpart: Counterpart, name: string): string {
  const contact = [counterpart.calls && plural(counterpart.calls, 'call'), counterpart.meetings && plural(counterpart.meetings, 'meeting')].filter(Boolean).join(' and ');
  const placed = [
    counterpart.initiatedByThem && `${counterpart.initiatedByThem} placed by ${counterpart.person.name}`,
    counterpart.initiatedBySelf && `${counterpart.initiatedBySelf} placed by ${name}`,
  ].filter(Boolean);
  return placed.length ? `${contact} (${placed.join(', ')})` : contact;
}

/**
 * The person in the middle, the people they called or met around them; an edge is as thick
 * as their number of calls, with an arrow from whoever placed them. The table beside it says
 * the same in words, for screen readers and for reading exact counts.
 */
export function CounterpartNetwork({ name, counterparts }: { name: string; counterparts: readonly Counterpart[] }) {
  const placed = counterparts.map((counterpart, index) => {
    const angle = (2 * Math.PI * index) / counterparts.length - Math.PI / 2;
    return { counterpart, x: CENTRE + RADIUS * Math.cos(angle), y: CENTRE + RADIUS * Math.sin(angle) };
  });
  return (
    <div className="network">
      <svg viewBox={`0 0 ${SIZE} ${SIZE}`} role="group" aria-labelledby="network-title">
        <title id="network-title">{`${name}'s counterparts: ${counterparts.map((c) => `${c.person.name}, ${describe(c, name)}`).join('; ')}`}</title>
        <defs>
          <marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="14" markerHeight="14" markerUnits="userSpaceOnUse" orient="auto-start-reverse">
            <path d="M 0 0 L 10 5 L 0 10 z" className="arrow" />
          </marker>
        </defs>
        {placed.map(({ counterpart, x, y }) => {
          const fromThem = counterpart.initiatedByThem > 0;
          const fromSelf = counterpart.initiatedBySelf > 0;
          return (
            <line
              key={counterpart.person.id}
              x1={CENTRE + (x - CENTRE) * 0.22}
              y1={CENTRE + (y - CENTRE) * 0.22}
              x2={CENTRE + (x - CENTRE) * 0.8}
              y2={CENTRE + (y - CENTRE) * 0.8}
              className={counterpart.calls ? 'edge' : 'edge edge-meeting'}
              strokeWidth={2 + 2 * Math.min(counterpart.calls + counterpart.meetings, 6)}
              {...(fromThem && { markerStart: 'url(#arrow)' })}
              {...(fromSelf && { markerEnd: 'url(#arrow)' })}
            />
          );
        })}
        {placed.map(({ counterpart, x, y }) => (
          <text key={counterpart.person.id} x={(CENTRE + x) / 2 + 8} y={(CENTRE + y) / 2} className="edge-label">
            {[counterpart.calls && plural(counterpart.calls, 'call'), counterpart.meetings && plural(counterpart.meetings, 'meeting')].filter(Boolean).join(', ')}
          </text>
        ))}
        <circle cx={CENTRE} cy={CENTRE} r={30} className="node node-self" />
        <text x={CENTRE} y={CENTRE + 48} textAnchor="middle" className="node-label node-self-label">
          {name}
        </text>
        {placed.map(({ counterpart, x, y }) => (
          <Link key={counterpart.person.id} to={paths.person(counterpart.person.slug)} aria-label={`${counterpart.person.name}: ${describe(counterpart, name)}`}>
            <circle cx={x} cy={y} r={26} className="node" />
            <text x={x} y={y + 44} textAnchor="middle" className="node-label">
              {counterpart.person.name}
            </text>
          </Link>
        ))}
      </svg>
      <table className="counterparts">
        <caption>Who {name} spoke with</caption>
        <thead>
          <tr>
            <th scope="col">Counterpart</th>
            <th scope="col">Calls</th>
            <th scope="col">Meetings</th>
            <th scope="col">Placed by them</th>
            <th scope="col">Placed by {name}</th>
          </tr>
        </thead>
        <tbody>
          {counterparts.map((counterpart) => (
            <tr key={counterpart.person.id}>
              <th scope="row">
                <Link to={paths.person(counterpart.person.slug)}>{counterpart.person.name}</Link>
              </th>
              <td>{counterpart.calls}</td>
              <td>{counterpart.meetings}</td>
              <td>{counterpart.initiatedByThem}</td>
              <td>{counterpart.initiatedBySelf}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
