import type { Prisma } from '@parley/db';

export type SortOrder = 'asc' | 'desc';

/** Calls and meetings by day, then time of day; undated ones last. */
export function eventOrder(order: SortOrder): Prisma.EventOrderByWithRelationInput[] {
  return [{ date: { sort: order, nulls: 'last' } }, { time: { sort: order, nulls: 'last' } }, { id: order }];
}

/** Statements by the day they were said; undated ones last. */
export function statementOrder(order: SortOrder): Prisma.StatementOrderByWithRelationInput[] {
  return [{ saidOn: { sort: order, nulls: 'last' } }, { id: order }];
}

export function policyActionOrder(order: SortOrder): Prisma.PolicyActionOrderByWithRelationInput[] {
  return [{ effectiveDate: { sort: order, nulls: 'last' } }, { id: order }];
}

export function articleOrder(order: SortOrder): Prisma.ArticleOrderByWithRelationInput[] {
  return [{ publishedOn: order }, { id: order }];
}
