import { describe, expect, it } from 'vitest';
import { counterpartsOf } from './network';

const trump = { id: 'P1', name: 'Donald Trump', slug: 'donald-trump' };
const carney = { id: 'P2', name: 'Mark Carney', slug: 'mark-carney' };
const sheinbaum = { id: 'P3', name: 'Claudia Sheinbaum', slug: 'claudia-sheinbaum' };

describe('counterpartsOf', () => {
  it('weights each counterpart by calls, then meetings, and counts who placed them', () => {
    const calls = [
      { initiator: carney, participants: [trump, carney] },
      { initiator: trump, participants: [trump, sheinbaum] },
      { initiator: null, participants: [trump, sheinbaum] },
      { initiator: sheinbaum, participants: [sheinbaum, trump] },
    ];
    const meetings = [{ initiator: null, participants: [trump, carney] }];
    expect(counterpartsOf(trump.id, calls, meetings)).toEqual([
      { person: sheinbaum, calls: 3, meetings: 0, initiatedByThem: 1, initiatedBySelf: 1 },
      { person: carney, calls: 1, meetings: 1, initiatedByThem: 1, initiatedBySelf: 0 },
    ]);
  });

  it('is empty for someone who called and met nobody', () => {
    expect(counterpartsOf(trump.id, [], [])).toEqual([]);
  });
});
