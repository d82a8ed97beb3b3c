import { classifyAffiliation, nameKey, type Affiliation } from '@parley/domain';

const REMEMBERED = 4096;

/**
 * The domain's name key and affiliation, remembered: an article asks for the keys of the
 * same few names and titles at every mention, and folding a name's accents is not cheap.
 */
function remembering<T>(compute: (name: string) => T): (name: string) => T {
  const known = new Map<string, T>();
  return (name) => {
    let value = known.get(name);
    if (value === undefined) {
      if (known.size >= REMEMBERED) known.clear();
      value = compute(name);
      known.set(name, value);
    }
    return value;
  };
}

export const keyOf = remembering(nameKey);
export const affiliationOf = remembering<Affiliation>(classifyAffiliation);
