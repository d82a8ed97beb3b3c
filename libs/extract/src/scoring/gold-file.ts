import { parseExtraction, type Extraction } from '@parley/domain';

/**
 * Reads a gold annotation file's JSON text. Throws `ExtractionFormatError` (from
 * `@parley/domain`) naming the path of the faulty value and the problem.
 */
export function parseGoldFile(jsonText: string): Extraction {
  return parseExtraction(jsonText);
}
