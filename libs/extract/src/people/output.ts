import type { ExtractedPerson } from '@parley/domain';
import type { Entities, Entity } from './entities';

/** The people[] of an extraction: every person named, and the institutions that speak or take part. */
export function peopleOutput(entities: Entities, used: ReadonlySet<Entity>): ExtractedPerson[] {
  return entities.all
    .filter((entity) => entity.kind === 'individual' || used.has(entity))
    .map((entity) => ({
      name: entity.name,
      aliases: [...entity.aliases].filter((alias) => alias !== entity.name),
      roles: entity.roles.map((role) => ({ ...role })),
      ...(entity.kind === 'individual' ? {} : { kind: entity.kind }),
    }));
}
