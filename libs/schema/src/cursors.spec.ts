import { encodeBase64 } from '@pothos/core';
import { CursorError, decodeCursor, decodeIdCursor } from './cursors';

const cursor = (payload: string) => encodeBase64(payload);

describe('decodeCursor', () => {
  it('reads back every kind of value Pothos writes into a cursor', () => {
    expect(decodeCursor(cursor('GPC:N:12'))).toBe(12);
    expect(decodeCursor(cursor('GPC:N:1.75'))).toBe(1.75);
    expect(decodeCursor(cursor('GPC:S:Mark Carney'))).toBe('Mark Carney');
    expect(decodeCursor(cursor('GPC:D:1743120000000'))).toEqual(new Date('2025-03-28T00:00:00Z'));
    expect(decodeCursor(cursor('GPC:Z:'))).toBeNull();
    expect(decodeCursor(cursor('GPC:T:["D:1743120000000","N:7",null]'))).toEqual([new Date('2025-03-28T00:00:00Z'), 7, null]);
  });

  it.each([
    ['not base64', '%%%'],
    ['another prefix', cursor('arrayconnection:3')],
    ['a number that is not one', cursor('GPC:N:abc')],
    ['a number beyond doubles', cursor('GPC:N:1e400')],
    ['a number written two ways', cursor('GPC:N:012')],
    ['an empty number', cursor('GPC:N:')],
    ['a date that is not one', cursor('GPC:D:notadate')],
    ['a date beyond the calendar', cursor('GPC:D:99999999999999999')],
    ['an unknown tag', cursor('GPC:Q:1')],
    ['the legacy untagged tuple', cursor('GPC:J:[1]')],
    ['a tuple that is not JSON', cursor('GPC:T:[1')],
    ['a tuple of untagged values', cursor('GPC:T:[1,2]')],
  ])('refuses %s', (_label, value) => {
    expect(() => decodeCursor(value)).toThrow(CursorError);
  });
});

describe('decodeIdCursor', () => {
  it('reads the row id of a connection ordered by id', () => {
    expect(decodeIdCursor(cursor('GPC:N:42'))).toBe(42);
  });

  it.each([['S:x'], ['N:1.5'], ['N:-3'], ['N:0'], ['N:9007199254740993'], ['Z:'], ['T:["N:1"]']])('refuses GPC:%s', (chunk) => {
    expect(() => decodeIdCursor(cursor(`GPC:${chunk}`))).toThrow(CursorError);
  });
});
