import { encodeBase64 } from '@pothos/core';

/** What a Parley global ID holds: `base64("Person:12")`. */
export interface GlobalId {
  typename: string;
  id: number;
}

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
const PAYLOAD = /^([A-Z][A-Za-z]*):([1-9][0-9]{0,9})$/;
/** Row ids are the model's `Int`: 32-bit on every engine, so Parley never issues a larger one. */
const MAX_ROW_ID = 2_147_483_647;

/**
 * The type and row id of a global ID exactly as Parley issues them, or null for anything
 * else: not canonical base64, not `Type:id`, an id that is not a positive whole number
 * (`1.5`, `1 OR 1=1`, `0x10`) or is beyond the 32-bit row ids of the model.
 */
export function parseGlobalId(globalId: string): GlobalId | null {
  if (globalId.length > 200 || !BASE64.test(globalId)) return null;
  const payload = Buffer.from(globalId, 'base64').toString('utf8');
  if (encodeBase64(payload) !== globalId) return null;
  const match = PAYLOAD.exec(payload);
  if (!match) return null;
  const id = Number(match[2]);
  return id <= MAX_ROW_ID ? { typename: match[1] as string, id } : null;
}
