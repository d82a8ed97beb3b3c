import type { IngestResult } from '@parley/ingest';
import type { Style } from '../style';

interface Tally {
  created: number;
  merged: number;
}

function count(tally: Tally, landed: Array<{ created: boolean }>): void {
  for (const item of landed) {
    if (item.created) tally.created += 1;
    else tally.merged += 1;
  }
}

/** What an ingest run did: articles new, unchanged and failed, and the facts created or merged. */
export class IngestSummary {
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
    const ingested = this.articles.new + this.articles.unchanged;
    const rate = seconds > 0 ? ingested / seconds : 0;
    const row = (label: string, tally: Tally) => `  ${label.padEnd(15)} created ${String(tally.created).padStart(6)}   merged ${String(tally.merged).padStart(6)}`;
    const failed = this.articles.failed > 0 ? `, ${this.articles.failed} failed` : '';
    const lines = [
      `Ingested ${ingested} article(s)${failed} in ${seconds.toFixed(1)} s (${rate.toFixed(1)} articles/s)`,
      `  ${'articles'.padEnd(15)} new ${this.articles.new}   unchanged ${this.articles.unchanged}   failed ${this.articles.failed}`,
      row('people', this.facts.people),
      row('statements', this.facts.statements),
      row('calls', this.facts.calls),
      row('meetings', this.facts.meetings),
      row('policy actions', this.facts.policyActions),
    ];
    return `${lines.join('\n')}\n`;
  }

  renderFailures(style: Style): string {
    if (this.failures.length === 0) return '';
    return `${style.error(`Failed (${this.failures.length}):`)}\n${this.failures.map((failure) => `  ${failure.name}: ${failure.reason}\n`).join('')}`;
  }
}
