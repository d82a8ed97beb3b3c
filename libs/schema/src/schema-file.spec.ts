import { readFileSync } from 'node:fs';
import path from 'node:path';
import { printParleySchema } from './index';

const SCHEMA_FILE = path.resolve(__dirname, '../../../schema.graphql');

describe('schema.graphql', () => {
  it('is what the code defines (run `npm run schema:print` after changing the API)', () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(printParleySchema());
  });
});
