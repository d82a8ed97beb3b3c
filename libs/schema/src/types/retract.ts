// `deleteArticle`: takes a wrongly ingested article out of the graph with the facts only
// it reported. The article is gone afterwards, so the payload describes it by value.
import { deleteArticle, getDatabase, InputError, type ArticleRetraction } from '@parley/db';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { builder } from '../builder';
import { badInput, idFromGlobalId } from '../inputs';

type FactTally = ArticleRetraction['kept'];

const FactTallyRef = builder.objectRef<FactTally>('RetractedFacts').implement({
  description: 'How many facts of each kind a retraction removes or keeps.',
  fields: (t) => ({
    statements: t.exposeInt('statements'),
    calls: t.exposeInt('calls'),
    meetings: t.exposeInt('meetings'),
    policyActions: t.exposeInt('policyActions'),
    aliases: t.exposeInt('aliases', { description: 'Names the article gave people who stay ("the Prime Minister").' }),
    roles: t.exposeInt('roles', { description: 'Roles the article reported of people who stay.' }),
  }),
});

const RetractedArticleRef = builder.objectRef<ArticleRetraction['article']>('RetractedArticle').implement({
  description: 'The article a retraction names, as it was.',
  fields: (t) => ({
    id: t.id({ description: 'Its global ID, as `node(id:)` took it.', resolve: (article) => encodeGlobalID('Article', article.id) }),
    title: t.exposeString('title', { nullable: true }),
    url: t.exposeString('url', { nullable: true }),
    publishedOn: t.expose('publishedOn', { type: 'Date' }),
  }),
});

const DeleteArticlePayloadRef = builder.objectRef<ArticleRetraction>('DeleteArticlePayload').implement({
  fields: (t) => ({
    deleted: t.exposeBoolean('deleted', { description: 'False for a dry run: nothing was written.' }),
    article: t.field({ type: RetractedArticleRef, resolve: (retraction) => retraction.article }),
    removed: t.field({ type: FactTallyRef, description: 'Facts only this article reported: removed with it.', resolve: (retraction) => retraction.removed }),
    removedPeople: t.stringList({ description: 'People only the removed facts involved: removed with them.', resolve: (retraction) => retraction.removed.people }),
    kept: t.field({ type: FactTallyRef, description: 'Facts other articles also report: kept, without this article among their sources.', resolve: (retraction) => retraction.kept }),
  }),
});

builder.mutationFields((t) => ({
  deleteArticle: t.field({
    type: DeleteArticlePayloadRef,
    description:
      'Takes an article out of the graph in one transaction, named by exactly one of its global ID or its URL: the article, every statement, call, meeting and policy action only it reported, the people only those involved, and the aliases and roles only it reported of the people who stay. Facts other articles also report stay, with this source removed. `dryRun: true` reports the same and writes nothing.',
    args: {
      id: t.arg.id(),
      url: t.arg.string(),
      dryRun: t.arg.boolean({ defaultValue: false }),
    },
    resolve: async (_root, { id, url, dryRun }) => {
      const given = [id, url].filter((value) => value !== null && value !== undefined);
      if (given.length !== 1) throw badInput('deleteArticle', 'give exactly one of id or url');
      const reference = id !== null && id !== undefined ? idFromGlobalId(String(id), ['Article'], 'id') : String(url);
      try {
        return await deleteArticle(getDatabase(), reference, { dryRun: dryRun ?? false });
      } catch (error) {
        if (error instanceof InputError) throw badInput(id !== null && id !== undefined ? 'id' : 'url', error.problem);
        throw error;
      }
    },
  }),
}));
