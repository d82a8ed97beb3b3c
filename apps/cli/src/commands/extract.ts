import { InputError } from '@parley/db';
import { toStoredValue, type Extraction, type TextEvidence } from '@parley/domain';
import { explainStatements, type StatementTrace } from '@parley/extract';
import { previewArticle } from '@parley/ingest';
import { parseCommandArgs, publishedOption } from '../args';
import { UsageError, type CliIo, type Command } from '../io';
import { collectSources, firstArticle } from '../sources';

const HELP = `Usage: parley extract FILE [--published YYYY-MM-DD] [--json] [--explain]

Prints what Parley reads in one article (nothing is written): the people with their
aliases and roles, every statement with speaker, channel, date and place in the text,
the calls and meetings, and the policy actions.

FILE is an article file (text, a saved web page, JSON) or - for standard input. The publication date comes from
--published, from NAME.json beside the file ({"article": {"publishedAt": …}}), or
from a "date YYYY-MM-DD" first line.

Options:
  --published DATE   the publication date relative dates resolve against
  --json             print the extraction as JSON, in the annotated-corpus format
  --explain          print, for each statement, the rule that decided its speaker and
                     the words it read (source mention and cue); with --json, as JSON
  -h, --help         show this help
`;

function describeExtraction(extraction: Extraction, name: string): string {
  const lines = [`${name} · published ${extraction.article.publishedAt ?? 'unknown'}`, ''];
  lines.push(`People (${extraction.people.length})`);
  for (const person of extraction.people) {
    const roles = person.roles.map((role) => `${role.current ? '' : 'former '}${role.title}${role.of ? ` of ${role.of}` : ''}${role.since ? ` since ${role.since}` : ''}`);
    const aliases = person.aliases.length ? ` (also: ${person.aliases.join('; ')})` : '';
    lines.push(`  ${person.name}${roles.length ? ` — ${roles.join(', ')}` : ''}${aliases}`);
  }
  const statements = extraction.statements.filter((statement) => !statement.optional);
  lines.push('', `Statements (${statements.length})`);
  for (const statement of statements) {
    const span = statement.span ? ` [${statement.span.start}–${statement.span.end}]` : '';
    lines.push(`  ${statement.date ?? 'undated'}  ${statement.speaker ?? 'unknown speaker'} · ${toStoredValue(statement.channel)}${span}`, `      “${statement.text}”`);
  }
  const events = [...extraction.calls.map((call) => ({ ...call, kind: 'call' })), ...(extraction.meetings ?? []).map((meeting) => ({ ...meeting, kind: 'meeting' }))];
  lines.push('', `Calls and meetings (${events.length})`);
  for (const event of events) {
    const initiator = event.initiator ? `, initiated by ${event.initiator}` : '';
    lines.push(`  ${event.date ?? 'undated'}  ${event.kind} · ${event.medium ? toStoredValue(event.medium) : 'medium unknown'} · ${toStoredValue(event.status)}: ${event.participants.join(', ')}${initiator}`);
  }
  lines.push('', `Policy actions (${extraction.policyActions.length})`);
  for (const action of extraction.policyActions) {
    const rate = action.ratePercent !== null ? ` ${action.ratePercent}%` : '';
    const effective = action.effectiveDate ? ` from ${action.effectiveDate}` : '';
    const response = action.inResponseTo ? ` (answers ${action.inResponseTo})` : '';
    lines.push(`  ${action.id} ${toStoredValue(action.kind)}${rate} · ${toStoredValue(action.status)} · ${action.actor ?? 'actor unknown'}${action.target ? ` → ${action.target}` : ''}${effective}${response}`);
  }
  return `${lines.join('\n')}\n`;
}

function quoted(words: TextEvidence | null): string {
  return words ? `“${words.text}” [${words.start}–${words.end}]` : '—';
}

function describeTraces(traces: readonly StatementTrace[], name: string): string {
  const lines = [`${name} · why each statement has its speaker`, ''];
  for (const { statement, rule, summary, source, cue } of traces) {
    const span = statement.span ? ` [${statement.span.start}–${statement.span.end}]` : '';
    lines.push(`“${statement.text}”${span}${statement.optional ? ' (optional)' : ''}`);
    lines.push(`    speaker  ${statement.speaker ?? 'unknown'}`);
    lines.push(`    rule     ${rule ?? 'nested quotation: credited to the speaker it quotes'}${summary ? ` — ${summary}` : ''}`);
    lines.push(`    source   ${quoted(source)}`, `    cue      ${quoted(cue)}`, `    said     ${statement.date ?? 'undated'} · ${statement.channel}`, '');
  }
  return `${lines.join('\n')}`;
}

export const extractCommand: Command = {
  name: 'extract',
  summary: 'print what Parley reads in one article',
  help: HELP,
  async run(args, io: CliIo) {
    const { values, positionals } = parseCommandArgs(args, { published: { type: 'string' }, json: { type: 'boolean' }, explain: { type: 'boolean' } });
    if (positionals.length !== 1) throw new UsageError('name one article file, or - for standard input');
    const { inputs, pathProblems } = await collectSources(positionals, io, publishedOption(values.published));
    const source = pathProblems.length > 0 ? undefined : await firstArticle(inputs[0]);
    if (pathProblems.length > 0 || !source) {
      io.stderr.write(`parley extract: ${pathProblems[0] ?? `${positionals[0]}: holds no article`}\n`);
      return 1;
    }
    if ('error' in source) {
      io.stderr.write(`parley extract: ${source.name}: ${source.error}\n`);
      return 1;
    }
    try {
      const { extraction } = previewArticle(source.input);
      if (values.explain) {
        const traces = explainStatements(source.input);
        io.stdout.write(values.json ? `${JSON.stringify(traces, null, 2)}\n` : describeTraces(traces, source.name));
        return 0;
      }
      io.stdout.write(values.json ? `${JSON.stringify(extraction, null, 2)}\n` : describeExtraction(extraction, source.name));
      return 0;
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      io.stderr.write(`parley extract: ${source.name}: ${error.message}\n`);
      return 1;
    }
  },
};
