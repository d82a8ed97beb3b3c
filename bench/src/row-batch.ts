import type BetterSqlite3 from 'better-sqlite3';

type Value = string | number | null;

/**
 * Rows of one table written many at a time: `INSERT … VALUES (…), (…), …` with a hundred
 * rows per prepared statement, since each call into SQLite costs about as much as writing a
 * short row. `flush()` writes what is left; rows are written in the order they were added.
 */
export class RowBatch {
  readonly #values: Value[] = [];
  readonly #full: BetterSqlite3.Statement<Value[][]>;

  constructor(
    private readonly db: BetterSqlite3.Database,
    /** `INSERT INTO "Table" (a, b)`, or with `OR IGNORE`, without VALUES. */
    private readonly insert: string,
    private readonly columns: number,
    private readonly rowsPerStatement = 100,
  ) {
    this.#full = db.prepare<Value[][]>(this.#sql(rowsPerStatement));
  }

  add(...row: Value[]): void {
    if (row.length !== this.columns) throw new Error(`${this.insert}: a row of ${row.length} values, not ${this.columns}`);
    this.#values.push(...row);
    if (this.#values.length === this.columns * this.rowsPerStatement) {
      this.#full.run(this.#values);
      this.#values.length = 0;
    }
  }

  flush(): void {
    if (this.#values.length === 0) return;
    this.db.prepare<Value[][]>(this.#sql(this.#values.length / this.columns)).run(this.#values);
    this.#values.length = 0;
  }

  #sql(rows: number): string {
    const row = `(${Array.from({ length: this.columns }, () => '?').join(', ')})`;
    return `${this.insert} VALUES ${Array.from({ length: rows }, () => row).join(', ')}`;
  }
}
