import { prepareDatabase, disconnectDatabase, InputError, DEFAULT_DATABASE_URL } from '@parley/db';
import { ingestArticle, type IngestResult } from '@parley/ingest';
import { parseCommandArgs, publishedOption } from '../args';
import { UsageError, type CliIo, type Command } from '../io';
import { createProgress } from '../progress';
import { collectSources } from '../sources';

const HELP = `Usage: parley ingest PATH... [--published YYYY-MM-DD] [--database URL]

Extracts each article and merges it into the graph: people matched by name or alias,
the same call or statement reported twice linked rather than repeated. Each article is
written in one transaction; one that fails is reported by name and skipped.

PATH is a file, a folder (read recursively) or - for standard input:
  *.txt            one article; its date from NAME.json beside it ({"article": {"publishedAt": …}}),
                   a "date YYYY-MM-DD" first line, or --published
  *.jsonl          one article a line: {"text", "publishedAt", "url", "title", "publisher"}
  -                JSON Lines as above, or one plain-text article

Options:
  --published DATE   publication date for articles that give none
  --database URL     file:PATH (SQLite) or postgresql://… (default: $DATABASE_URL or ${DEFAULT_DATABASE_URL})
  -h, --help         show this help
`;

interface Tally {
  created: number;
  merged: number;
}

class Summary {
  readonly articles = { new: 0, unchanged: 0, failed: 0 };
  readonly facts = {
    people: { created: 0, merged: 0 },
    statements: { created: 0, merged: 0 },
    calls: { created: 0, merged: 0 },
    meetings: { created: 0, merged: 0 },
    policyActions: { created: 0, merged: 0 },
  };
  readonly failures: Array<{ name: string; reason: string }> = [];

  add(result: IngestResult): void {
    if (!result.created) {
      this.articles.unchanged += 1;
      return;
    }
    this.articles.new += 1;
    const { write } = result;
    count(this.facts.people, write.people);
    count(this.facts.statements, write.statements);
    count(this.facts.calls, write.events.filter((event) => event.kind === 'call'));
    count(this.facts.meetings, write.events.filter((event) => event.kind === 'meeting'));
    count(this.facts.policyActions, write.policyActions);
  }

  fail(name: string, reason: string): void {
    this.articles.failed += 1;
    this.failures.push({ name, reason });
  }

  render(seconds: number): string {
    const total = this.articles.new + this.articles.unchanged + this.articles.failed;
    const rate = seconds > 0 ? total / seconds : 0;
    const row = (label: string, tally: Tally) => `  ${label.padEnd(15)} created ${String(tally.created).padStart(6)}   merged ${String(tally.merged).padStart(6)}`;
    const lines = [
      `Ingested ${total} article(s) in ${seconds.toFixed(1)} s (${rate.toFixed(1)} articles/s)`,
      `  ${'articles'.padEnd(15)} new ${this.articles.new}   unchanged ${this.articles.unchanged}   failed ${this.articles.failed}`,
      row('people', this.facts.people),
      row('statements', this.facts.statements),
      row('calls', this.facts.calls),
      row('meetings', this.facts.meetings),
      row('policy actions', this.facts.policyActions),
    ];
    if (this.failures.length > 0) {
      lines.push('Failed:', ...this.failures.map((failure) => `  ${failure.name}: ${failure.reason}`));
    }
    return `${lines.join('\n')}\n`;
  }
}

function count(tally: Tally, landed: Array<{ created: boolean }>): void {
  for (const item of landed) {
    if (item.created) tally.created += 1;
    else tally.merged += 1;
  }
}

export const ingestCommand: Command = {
  name: 'ingest',
  summary: 'extract articles and merge them into the graph',
  help: HELP,
  async run(args, io: CliIo) {
    const { values, positionals } = parseCommandArgs(args, { published: { type: 'string' }, database: { type: 'string' } });
    if (positionals.length === 0) throw new UsageError('name at least one file, folder or - for standard input');
    const publishedAt = publishedOption(values.published);
    const databaseUrl = typeof values.database === 'string' ? values.database : io.env['DATABASE_URL'];

    const sources = await collectSources(positionals, io, publishedAt);
    const { db } = await prepareDatabase(databaseUrl, { seed: false });
    const summary = new Summary();
    const progress = createProgress(sources.length, io.stderr, 'ingesting');
    const started = Date.now();
    try {
      for (const source of sources) {
        if ('error' in source) {
          summary.fail(source.name, source.error);
        } else {
          try {
            summary.add(await ingestArticle(db, source.input));
          } catch (error) {
            summary.fail(source.name, error instanceof InputError ? error.message : `unexpected error: ${error instanceof Error ? error.message : String(error)}`);
          }
        }
        progress.tick();
      }
    } finally {
      progress.finish();
      await disconnectDatabase();
    }
    io.stdout.write(summary.render((Date.now() - started) / 1000));
    return summary.articles.failed > 0 ? 1 : 0;
  },
};
