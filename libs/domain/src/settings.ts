/** Settings read from environment variables, refused by name when they are not what they claim. */
export type Environment = Readonly<Record<string, string | undefined>>;

/** `true` or `false` in any case; unset or empty gives `fallback`. */
export function readBooleanSetting(env: Environment, name: string, fallback: boolean): boolean {
  const value = env[name]?.trim();
  if (!value) return fallback;
  const lower = value.toLowerCase();
  if (lower !== 'true' && lower !== 'false') throw new Error(`${name} "${value}" must be true or false.`);
  return lower === 'true';
}

/** A whole number of at least `minimum` written in digits; unset or empty gives `fallback`. */
export function readWholeNumberSetting(env: Environment, name: string, fallback: number, minimum = 0): number {
  const value = env[name]?.trim();
  if (!value) return fallback;
  const count = /^\d+$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(count) || count < minimum) throw new Error(`${name} "${value}" must be a whole number of at least ${minimum}.`);
  return count;
}
