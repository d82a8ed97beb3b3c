import { disconnectDatabase, EXPORT_COLUMNS, EXPORTERS, findPersonByName, type Database, type ExportKind, type ExportRow } from '@parley/db';
import { dateOption, parseCommandArgs } from '../args';
import { csvLines } from '../csv';
import { chooseDatabase } from '../database';
import { didYouMean } from '../did-you-mean';
import { UsageError, type CliIo, type Command } from '../io';
import { openExistingDatabase } from '../open-database';

const KINDS = Object.keys(EXPORTERS) as ExportKind[];
const FORMATS = ['csv', 'jsonl'] as const;
type Format = (typeof FORMATS)[number];

const HELP = `Usage: parley export statements|calls|people|actions [--format csv|jsonl] [--speaker NAME] [--from DATE] [--to DATE]

Writes the graph to standard output, a batch at a time (constant memory at any size):
  statements   one row per quotation: id, date, speaker, channel, kind, text, the article
               (id, URL, publication day) and the span of the text it sits at
  calls        id, date, time, medium, status, participants, initiator, location, articles
  people       id, slug, name, kind, aliases, roles
  actions      id, kind, status, ratePercent, target, effectiveDate, actors, announcedBy,
               inResponseTo, articles
Ids are the API's global IDs; enum values are spelled as in the API. In CSV, lists are
joined with "; ".

Options:
  --format FORMAT    csv (default, with a header row) or jsonl (one JSON object a line)
  --speaker NAME     only this person's statements, calls, actions (or this person)
  --from DATE        from this day (statements: said on; calls: held on; actions: effective)
  --to DATE          to this day, inclusive
  --database URL     database to read (default: $DATABASE_URL, else parley.db in the workspace)
  -h, --help         show this help
`;

type Writable = CliIo['stdout'] & { once?: (event: 'drain', listener: () => void) => unknown };

/** Writes a chunk, waiting for the stream to drain when it asks to, so memory stays flat. */
async function write(stream: Writable, text: string): Promise<void> {
  if (stream.write(text) === false && stream.once) await new Promise<void>((resolve) => stream.once?.('drain', resolve));
}

function formatBatch(kind: ExportKind, rows: ExportRow[], format: Format, header: boolean): string {
  if (format === 'jsonl') return rows.map((row) => `${JSON.stringify(row)}\n`).join('');
  return csvLines(EXPORT_COLUMNS[kind], rows, header);
}

async function personId(db: Database, name: string | undefined): Promise<number | null> {
  if (name === undefined) return null;
  const match = await findPersonByName(db, name);
  if (match.kind === 'found') return match.personId;
  if (match.kind === 'ambiguous') throw new Error(`--speaker "${name}" names several people: ${match.names.join(', ')}`);
  throw new Error(`--speaker "${name}" names no one in the graph`);
}

function parseKind(value: string | undefined): ExportKind {
  if (!value) throw new UsageError(`name what to export: ${KINDS.join(', ')}`);
  if (!(KINDS as string[]).includes(value)) throw new UsageError(`cannot export "${value}"${didYouMean(value, KINDS)}: choose ${KINDS.join(', ')}`);
  return value as ExportKind;
}

export const exportCommand: Command = {
  name: 'export',
  summary: 'write statements, calls, people or actions as CSV or JSON Lines',
  help: HELP,
  async run(args, io: CliIo) {
    const { values, positionals } = parseCommandArgs(args, {
      format: { type: 'string' },
      speaker: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      database: { type: 'string' },
    });
    if (positionals.length > 1) throw new UsageError(`export one kind at a time, not ${positionals.join(' ')}`);
    const kind = parseKind(positionals[0]);
    const format = (values.format ?? 'csv') as Format;
    if (!FORMATS.includes(format)) throw new UsageError(`--format "${values.format}" is not one of ${FORMATS.join(', ')}${didYouMean(String(values.format), FORMATS)}`);
    const from = dateOption('from', values.from);
    const to = dateOption('to', values.to);
    if (from && to && from > to) throw new UsageError(`--from ${from} is after --to ${to}`);
    if (kind === 'people' && (from || to)) throw new UsageError('--from and --to do not apply to people');

    const database = chooseDatabase(values.database, io);
    const db = await openExistingDatabase(database);
    let count = 0;
    try {
      const filter = { personId: await personId(db, values.speaker), from, to };
      for await (const rows of EXPORTERS[kind](db, filter)) {
        await write(io.stdout, formatBatch(kind, rows, format, count === 0));
        count += rows.length;
      }
      if (count === 0) await write(io.stdout, formatBatch(kind, [], format, true));
    } finally {
      await disconnectDatabase();
    }
    io.stderr.write(`Exported ${count} ${kind} from ${database.location}\n`);
    return 0;
  },
};
