import { deleteArticle, disconnectDatabase, globalId, InputError, type ArticleRetraction } from '@parley/db';
import { parseCommandArgs } from '../args';
import { chooseDatabase, describeDatabase } from '../database';
import { didYouMean } from '../did-you-mean';
import { UsageError, type CliIo, type Command } from '../io';
import { openExistingDatabase } from '../open-database';
import { styleFor } from '../style';

const HELP = `Usage: parley articles list [--database URL]
       parley articles delete ID|URL [--dry-run] [--database URL]

list     every article: its id, publication day, URL and title
delete   takes an article out of the graph in one transaction: the article, every
         statement, call, meeting and policy action only it reported, and the people only
         those facts involved. Facts other articles also report stay, without this source.
         ID is the number \`list\` prints or the article's global ID from the API.

Options:
  --dry-run          show what delete would remove and keep, writing nothing
  --database URL     database (default: $DATABASE_URL, else parley.db in the workspace)
  -h, --help         show this help
`;

const ACTIONS = ['list', 'delete'];

/** A number, or an API global ID (`Article:12` in base64), as the number it names. */
function articleReference(given: string): string {
  const decoded = Buffer.from(given, 'base64').toString('utf8');
  const match = /^Article:(\d+)$/.exec(decoded);
  return match?.[1] ?? given;
}

function describeRetraction(retraction: ArticleRetraction): string {
  const { article, removed, kept, deleted } = retraction;
  const name = `article ${article.id} (${article.publishedOn}${article.url ? `, ${article.url}` : ''}${article.title ? `, “${article.title}”` : ''})`;
  const facts = (tally: ArticleRetraction['kept']) =>
    `${tally.statements} statement(s), ${tally.calls} call(s), ${tally.meetings} meeting(s), ${tally.policyActions} policy action(s), ${tally.aliases} alias(es), ${tally.roles} role(s)`;
  return [
    deleted ? `Deleted ${name}` : `Dry run: deleting ${name} would`,
    `  ${deleted ? 'removed' : 'remove'}: ${facts(removed)}, ${removed.people.length} person(s)${removed.people.length ? `: ${removed.people.join(', ')}` : ''}`,
    `  ${deleted ? 'kept' : 'keep'} with one source fewer: ${facts(kept)}`,
    '',
  ].join('\n');
}

export const articlesCommand: Command = {
  name: 'articles',
  summary: 'list the articles, or delete one and the facts only it reported',
  help: HELP,
  async run(args, io: CliIo) {
    const { values, positionals } = parseCommandArgs(args, { 'dry-run': { type: 'boolean' }, database: { type: 'string' } });
    const [action, ...rest] = positionals;
    if (!action || !ACTIONS.includes(action)) throw new UsageError(action ? `unknown action "${action}"${didYouMean(action, ACTIONS)}` : `name an action: ${ACTIONS.join(', ')}`);
    if (action === 'delete' && rest.length !== 1) throw new UsageError('name one article to delete, by id or URL');
    if (action === 'list' && rest.length > 0) throw new UsageError(`list takes no argument, not ${rest.join(' ')}`);
    const database = chooseDatabase(values.database, io);
    const db = await openExistingDatabase(database);
    try {
      if (action === 'list') {
        const articles = await db.article.findMany({ select: { id: true, publishedOn: true, url: true, title: true }, orderBy: { id: 'asc' } });
        for (const article of articles) io.stdout.write(`${String(article.id).padStart(6)}  ${globalId('Article', article.id)}  ${article.publishedOn}  ${article.url ?? '-'}  ${article.title ?? ''}\n`);
        io.stderr.write(`${articles.length} article(s) in ${database.location}\n`);
        return 0;
      }
      const retraction = await deleteArticle(db, articleReference(rest[0] as string), { dryRun: values['dry-run'] === true });
      io.stdout.write(describeRetraction(retraction));
      if (retraction.deleted) io.stdout.write(describeDatabase(database));
      return 0;
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      io.stderr.write(`${styleFor(io.stderr, io.env).error('parley articles:')} ${error.message}\n`);
      return 1;
    } finally {
      await disconnectDatabase();
    }
  },
};
