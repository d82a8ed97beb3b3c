import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { printParleySchema } from '../index';

/** `npm run schema:print`: writes the committed schema.graphql from the code. */
const target = path.resolve(__dirname, '../../../../schema.graphql');
writeFileSync(target, printParleySchema());
console.log(`Wrote ${path.relative(process.cwd(), target)}`);
