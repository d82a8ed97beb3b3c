import { getDatabase, type Prisma } from '@parley/db';
import { builder } from '../builder';
import { DateRangeInput, dateRangeFilter } from '../inputs';
import { articleOrder } from '../ordering';
import { MAX_TEXT_RANGE, textRange } from '../text-range';
import { SortOrderEnum } from './enums';

export const ArticleRef = builder.prismaNode('Article', {
  id: { field: 'id' },
  nullable: true,
  description: 'A news article: the source every fact is traced to.',
  fields: (t) => ({
    title: t.exposeString('title', { nullable: true }),
    publisher: t.exposeString('publisher', { nullable: true }),
    url: t.exposeString('url', { nullable: true }),
    publishedOn: t.expose('publishedOn', { type: 'Date', description: 'The publication day, against which the article’s relative dates resolve.' }),
    text: t.string({
      description: `The text, or the part from \`start\` for \`length\` characters (UTF-16 code units, as statement spans count them; at most ${MAX_TEXT_RANGE} at a time).`,
      args: { start: t.arg.int({ required: true, defaultValue: 0 }), length: t.arg.int() },
      select: { text: true },
      resolve: (article, { start, length }) => textRange(article.text, start, length),
    }),
    textLength: t.int({ description: 'The length of the text in UTF-16 code units: where paging through `text` ends.', select: { text: true }, resolve: (article) => article.text.length }),
    wordCount: t.exposeInt('wordCount'),
    contentHash: t.exposeString('contentHash', { description: 'SHA-256 of the text: the same text is stored once.' }),
    ingestedAt: t.expose('createdAt', { type: 'DateTime' }),
    quotations: t.relatedConnection('quotes', {
      cursor: 'id',
      totalCount: true,
      description: 'The statements the article quotes, in the order of its text, each with its place in the text.',
      query: { orderBy: [{ start: 'asc' }, { id: 'asc' }] },
    }),
    policyActions: t.relatedConnection('actions', {
      cursor: 'id',
      totalCount: true,
      description: 'The policy actions the article reports.',
      query: { orderBy: { id: 'asc' } },
    }),
  }),
});

const ArticleFilterInput = builder.inputType('ArticleFilter', {
  fields: (t) => ({
    published: t.field({ type: DateRangeInput, description: 'Only articles published on these days.' }),
    publisher: t.string({ description: 'Only articles from this publisher.' }),
    url: t.string({ description: 'Only the article(s) at this URL.' }),
  }),
});

function articleWhere(filter: typeof ArticleFilterInput.$inferInput | null | undefined): Prisma.ArticleWhereInput {
  const where: Prisma.ArticleWhereInput = {};
  const published = dateRangeFilter(filter?.published, 'filter.published');
  if (published) where.publishedOn = published;
  if (filter?.publisher) where.publisher = filter.publisher;
  if (filter?.url) where.url = filter.url;
  return where;
}

builder.queryField('articles', (t) =>
  t.prismaConnection({
    type: 'Article',
    cursor: 'id',
    description: 'The articles in the graph, newest first unless ordered otherwise.',
    args: { filter: t.arg({ type: ArticleFilterInput }), order: t.arg({ type: SortOrderEnum, required: true, defaultValue: 'desc' }) },
    totalCount: (_parent, args) => getDatabase().article.count({ where: articleWhere(args.filter) }),
    resolve: (query, _root, args) => getDatabase().article.findMany({ ...query, where: articleWhere(args.filter), orderBy: articleOrder(args.order) }),
  }),
);


builder.prismaObjectField('Statement', 'article', (t) =>
  t.field({
    type: ArticleRef,
    description: 'The first article that quoted the statement.',
    select: (_args, _ctx, nestedSelection) => ({
      sources: { orderBy: { id: 'asc' }, take: 1, select: { article: nestedSelection(true) } },
    }),
    resolve: (statement) => {
      const first = statement.sources[0];
      if (!first) throw new Error(`Statement ${statement.id} has no source`);
      return first.article;
    },
  }),
);
