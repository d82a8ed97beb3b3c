import type { FragmentOf, StatementFields } from '@parley/client';
import { Link } from 'react-router';
import { formatDay, label, paths } from '../logic/format';
import { PersonLink } from './links';

type Statement = FragmentOf<typeof StatementFields>;

/** Statements with their speaker, channel, day and the article they were quoted from. */
export function StatementList({ statements, showSpeaker = true }: { statements: readonly Statement[]; showSpeaker?: boolean }) {
  return (
    <ul className="statements">
      {statements.map((statement) => (
        <li key={statement.id} className="statement">
          <blockquote className={statement.kind === 'DIRECT' ? 'direct' : 'paraphrase'}>
            {statement.kind === 'DIRECT' ? `“${statement.text}”` : statement.text}
          </blockquote>
          <p className="meta">
            {showSpeaker && (statement.speaker ? <PersonLink person={statement.speaker} /> : 'Speaker unknown')}
            {showSpeaker && ' · '}
            {label(statement.channel)} · {formatDay(statement.date)} ·{' '}
            <Link to={`${paths.article(statement.article.id)}#quote-${statement.span.start}`}>
              source: {statement.article.publisher ?? 'article'}, {formatDay(statement.article.publishedOn)}
            </Link>
          </p>
        </li>
      ))}
    </ul>
  );
}
