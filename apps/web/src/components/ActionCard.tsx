import type { ActionSummary, FragmentOf } from '@parley/client';
import { Link } from 'react-router';
import { formatDay, label, paths } from '../logic/format';
import { PersonLink } from './links';

type Action = FragmentOf<typeof ActionSummary>;

/** "Canada: Retaliatory tariff (announced)", with its rate, target, day and who announced it. */
export function ActionLine({ action }: { action: Action }) {
  const actors = action.actors.map((country) => country.name).join(', ') || 'Country unknown';
  return (
    <span className="action-line">
      <Link to={paths.action(action.id)}>
        {actors}: {action.ratePercent !== null && action.ratePercent !== undefined && `${action.ratePercent}% `}
        {label(action.kind).toLowerCase()}
        {action.target && ` on ${action.target}`}
      </Link>{' '}
      <span className="badge">{label(action.status)}</span>
      {action.effectiveDate && <> · from {formatDay(action.effectiveDate)}</>}
      {action.announcedBy && (
        <>
          {' '}
          · announced by <PersonLink person={action.announcedBy} />
        </>
      )}
    </span>
  );
}

export function ActionList({ actions }: { actions: readonly Action[] }) {
  return (
    <ul className="actions">
      {actions.map((action) => (
        <li key={action.id}>
          <ActionLine action={action} />
        </li>
      ))}
    </ul>
  );
}
