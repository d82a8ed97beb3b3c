/** What one article missed or got wrong, as the scorers report it. */
interface Findings {
  article: string;
  findings: ReadonlyArray<{ kind: string; text: string; expected?: string | null; predicted?: string | null }>;
}

/** The findings of every article, grouped under its name: `--findings` of `parley eval`. */
export function formatFindings(rows: readonly Findings[]): string {
  const lines: string[] = [];
  for (const row of rows) {
    if (row.findings.length === 0) continue;
    lines.push(`${row.article}:`);
    for (const finding of row.findings) {
      const detail = finding.expected !== undefined || finding.predicted !== undefined ? ` (expected ${finding.expected ?? '—'}, got ${finding.predicted ?? '—'})` : '';
      lines.push(`  ${finding.kind.replace(/_/g, ' ')}: ${finding.text}${detail}`);
    }
  }
  return lines.length ? `\n${lines.join('\n')}\n` : '';
}
