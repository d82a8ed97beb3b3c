import { readdirSync, readFileSync } from 'fs';
import { dirname, join } from 'path';
import type { Extraction } from '@parley/domain';
import { parseGoldFile } from '../scoring';

export interface CorpusEntry {
  name: string;
  text: string;
  gold: Extraction;
}

/** Gold files of a corpus folder (and its subfolders one level down, but for those skipped), each with its article text. */
export function loadCorpus(directory: string, skippedFolders: readonly string[] = []): CorpusEntry[] {
  const files = readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    if (!entry.isDirectory()) return [join(directory, entry.name)];
    return skippedFolders.includes(entry.name) ? [] : readdirSync(join(directory, entry.name)).map((name) => join(directory, entry.name, name));
  });
  return files
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => {
      const gold = parseGoldFile(readFileSync(file, 'utf8'));
      const textFile = join(dirname(file), gold.article.file ?? file.replace(/\.json$/, '.txt'));
      return { name: gold.id ?? file, text: readFileSync(textFile, 'utf8'), gold };
    });
}
