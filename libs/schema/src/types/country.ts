import { getDatabase } from '@parley/db';
import { builder } from '../builder';
import { OrganisationKindEnum } from './enums';

builder.prismaNode('Country', {
  id: { field: 'id' },
  nullable: true,
  fields: (t) => ({
    name: t.exposeString('name'),
    slug: t.exposeString('slug'),
    policyActions: t.relatedConnection('actions', {
      cursor: 'id',
      totalCount: true,
      description: 'The policy actions the country took.',
      query: { orderBy: { id: 'desc' } },
    }),
  }),
});

builder.prismaNode('Organisation', {
  id: { field: 'id' },
  nullable: true,
  description: 'A party, ministry, cabinet, office or other body roles belong to.',
  fields: (t) => ({
    name: t.exposeString('name'),
    slug: t.exposeString('slug'),
    kind: t.expose('kind', { type: OrganisationKindEnum }),
    country: t.relation('country', { nullable: true }),
  }),
});

builder.queryField('countries', (t) =>
  t.prismaConnection({
    type: 'Country',
    cursor: 'id',
    description: 'The countries in the graph, by name.',
    totalCount: () => getDatabase().country.count(),
    resolve: (query) => getDatabase().country.findMany({ ...query, orderBy: [{ name: 'asc' }, { id: 'asc' }] }),
  }),
);
