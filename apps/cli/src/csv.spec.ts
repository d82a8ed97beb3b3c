import { parse } from 'csv-parse/sync';
import { csvLines } from './csv';

describe('CSV lines', () => {
  it('quote what needs it so that a CSV reader gets the values back, lists joined with "; "', () => {
    const records = [
      { text: 'He said “no”, then "maybe"\nand left.', speakers: ['Ana Ruiz', 'Tomas Venn'], rate: 25, date: null },
      { text: 'plain', speakers: [], rate: null, date: '2025-06-12' },
    ];
    const csv = csvLines(['text', 'speakers', 'rate', 'date'], records, true);
    expect(csv.endsWith('\n')).toBe(true);
    expect(parse(csv, { columns: true })).toEqual([
      { text: 'He said “no”, then "maybe"\nand left.', speakers: 'Ana Ruiz; Tomas Venn', rate: '25', date: '' },
      { text: 'plain', speakers: '', rate: '', date: '2025-06-12' },
    ]);
  });
});
