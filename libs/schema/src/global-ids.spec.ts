import { encodeBase64 } from '@pothos/core';
import { parseGlobalId } from './global-ids';

describe('parseGlobalId', () => {
  it('reads the IDs Parley issues', () => {
    expect(parseGlobalId(encodeBase64('Person:1'))).toEqual({ typename: 'Person', id: 1 });
    expect(parseGlobalId(encodeBase64('PolicyAction:2147483647'))).toEqual({ typename: 'PolicyAction', id: 2147483647 });
    expect(parseGlobalId(encodeBase64('PolicyAction:2147483648'))).toBeNull();
  });

  it.each([
    'Person:abc',
    'Person:99999999999999999999',
    'Person:9007199254740993',
    'Person:1 OR 1=1',
    'Person:1.5',
    'Person:01',
    'Person:0',
    'Person:-1',
    'Person:0x10',
    'Person:1e3',
    'Person:',
    ':1',
    'person:1',
    'Person:1:2',
    'Person',
  ])('refuses %s', (payload) => {
    expect(parseGlobalId(encodeBase64(payload))).toBeNull();
  });

  it('refuses what is not canonical base64', () => {
    expect(parseGlobalId('Person:1')).toBeNull();
    expect(parseGlobalId(`${encodeBase64('Person:1')}==`)).toBeNull();
    expect(parseGlobalId(encodeBase64('Person:1').replace(/=+$/, ''))).toBeNull();
    expect(parseGlobalId('')).toBeNull();
  });
});
