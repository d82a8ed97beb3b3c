interface Party {
  id: string;
  name: string;
  slug: string;
}

interface Event {
  initiator?: Party | null;
  participants: readonly Party[];
}

/** One counterpart of a person: how often they spoke or met, and who placed the calls. */
export interface Counterpart {
  person: Party;
  calls: number;
  meetings: number;
  /** Calls and meetings the counterpart asked for. */
  initiatedByThem: number;
  /** Calls and meetings the person asked for. */
  initiatedBySelf: number;
}

/** The people a person called or met, most calls first, then most meetings, then by name. */
export function counterpartsOf(personId: string, calls: readonly Event[], meetings: readonly Event[]): Counterpart[] {
  const byId = new Map<string, Counterpart>();
  const count = (events: readonly Event[], field: 'calls' | 'meetings') => {
    for (const event of events) {
      for (const other of event.participants) {
        if (other.id === personId) continue;
        const counterpart = byId.get(other.id) ?? { person: other, calls: 0, meetings: 0, initiatedByThem: 0, initiatedBySelf: 0 };
        counterpart[field] += 1;
        if (event.initiator?.id === other.id) counterpart.initiatedByThem += 1;
        if (event.initiator?.id === personId) counterpart.initiatedBySelf += 1;
        byId.set(other.id, counterpart);
      }
    }
  };
  count(calls, 'calls');
  count(meetings, 'meetings');
  return [...byId.values()].sort((a, b) => b.calls - a.calls || b.meetings - a.meetings || a.person.name.localeCompare(b.person.name));
}
