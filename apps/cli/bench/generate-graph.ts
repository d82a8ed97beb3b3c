import Database from 'better-sqlite3';

/**
 * Fills a migrated SQLite file with a graph of `quotes` quotations: 1,000 speakers, one
 * article per 1,000 quotes, each statement quoted once, dated over the year 2025.
 * Written in SQL so that a million rows take seconds, not the hours extraction would.
 */
export function generateGraph(file: string, quotes: number): void {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF');
  const articles = Math.ceil(quotes / 1000);
  db.transaction(() => {
    db.prepare(
      `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000)
       INSERT INTO "Person" (slug, name, nameKey, kind) SELECT 'leader-' || i, 'Leader ' || i, 'leader ' || i, 'INDIVIDUAL' FROM n`,
    ).run();
    db.prepare(
      `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)
       INSERT INTO "Article" (title, publisher, url, publishedOn, text, contentHash, wordCount)
       SELECT 'Report ' || i, 'Bench Wire', 'https://bench.example/report-' || i, date('2025-01-01', '+' || (i % 365) || ' days'),
              'Generated article ' || i, 'hash-' || i, 3 FROM n`,
    ).run(articles);
    db.prepare(
      `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)
       INSERT INTO "Statement" (text, textKey, kind, channel, saidOn, speakerId)
       SELECT 'We will answer measure for measure, and the talks go on (' || i || ')', 'we will answer ' || i, 'DIRECT',
              CASE i % 3 WHEN 0 THEN 'PRESS_STATEMENT' WHEN 1 THEN 'REMARKS_TO_REPORTERS' ELSE 'INTERVIEW' END,
              date('2025-01-01', '+' || (i % 365) || ' days'), 1 + (i % 1000) FROM n`,
    ).run(quotes);
    db.prepare(
      `INSERT INTO "StatementSource" (statementId, articleId, start, "end")
       SELECT id, 1 + ((id - 1) / 1000), ((id - 1) % 1000) * 80, ((id - 1) % 1000) * 80 + 60 FROM "Statement"`,
    ).run();
  })();
  db.close();
}
