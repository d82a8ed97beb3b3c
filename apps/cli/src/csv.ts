type Cell = string | number | null | undefined | readonly (string | number)[];

const NEEDS_QUOTES = /[",\r\n]/;

/** One RFC 4180 field: quoted when it holds a comma, a quote or a line break; lists joined with "; ". */
function csvField(value: Cell): string {
  if (value === null || value === undefined) return '';
  const text = Array.isArray(value) ? value.join('; ') : String(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** CSV lines for records, columns in the given order, each line ending in a newline. */
export function csvLines(columns: readonly string[], records: ReadonlyArray<Record<string, Cell>>, header: boolean): string {
  const lines = records.map((record) => columns.map((column) => csvField(record[column])).join(','));
  if (header) lines.unshift(columns.map((column) => csvField(column)).join(','));
  return lines.length ? `${lines.join('\n')}\n` : '';
}
