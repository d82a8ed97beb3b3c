// The mutations that grow the graph from news: `extractArticle` (a dry run) and
// `ingestArticle`. Their payloads point at nodes of several types, so this file
// composes the refs of the others.
import { connectedDatabaseUrl, getDatabase, InputError, type ArticleWrite } from '@parley/db';
import {
  toStoredValue,
  type ExtractedCall,
  type ExtractedMeeting,
  type ExtractedPerson,
  type ExtractedPolicyAction,
  type ExtractedRole,
  type ExtractedStatement,
  type Extraction,
} from '@parley/domain';
import { builder } from '../builder';
import { AttributionRef } from '../attribution';
import { announceWrite } from '../graph-events';
import { TextSpanRef } from '../text-span';
import { CallRef, MeetingRef } from './call';
import { ChannelEnum, EventMediumEnum, EventStatusEnum, PersonKindEnum, PolicyActionKindEnum, PolicyActionStatusEnum, StatementKindEnum } from './enums';

const ArticleInputRef = builder.inputType('ArticleInput', {
  description: 'A news article to extract from.',
  fields: (t) => ({
    text: t.string({ required: true, description: 'The article text, as published.' }),
    publishedAt: t.string({
      description: 'Publication date, YYYY-MM-DD or an ISO 8601 date-time. Optional when the text opens with a "date YYYY-MM-DD" line.',
    }),
    url: t.string(),
    title: t.string(),
    publisher: t.string(),
  }),
});

const ExtractedRoleRef = builder.objectRef<ExtractedRole>('ExtractedRole').implement({
  fields: (t) => ({
    title: t.exposeString('title'),
    of: t.exposeString('of', { nullable: true }),
    current: t.exposeBoolean('current'),
    since: t.field({ type: 'Date', nullable: true, resolve: (role) => role.since ?? null }),
  }),
});

const ExtractedPersonRef = builder.objectRef<ExtractedPerson>('ExtractedPerson').implement({
  fields: (t) => ({
    name: t.exposeString('name'),
    aliases: t.exposeStringList('aliases'),
    kind: t.field({ type: PersonKindEnum, resolve: (person) => toStoredValue(person.kind ?? 'individual') }),
    roles: t.field({ type: [ExtractedRoleRef], resolve: (person) => person.roles }),
  }),
});

const ExtractedStatementRef = builder.objectRef<ExtractedStatement>('ExtractedStatement').implement({
  fields: (t) => ({
    speaker: t.exposeString('speaker', { nullable: true }),
    text: t.exposeString('text'),
    kind: t.field({ type: StatementKindEnum, resolve: (statement) => toStoredValue(statement.kind) }),
    channel: t.field({ type: ChannelEnum, resolve: (statement) => toStoredValue(statement.channel) }),
    date: t.field({ type: 'Date', nullable: true, resolve: (statement) => statement.date }),
    about: t.stringList({ description: 'Ids of the calls, meetings and policy actions of this extraction it is about.', resolve: (statement) => statement.about ?? [] }),
    optional: t.boolean({ description: 'Quoted words that are not a statement (a slogan, a title), left out of the graph.', resolve: (statement) => statement.optional ?? false }),
    span: t.field({ type: TextSpanRef, nullable: true, resolve: (statement) => statement.span ?? null }),
    attribution: t.field({
      type: AttributionRef,
      description: 'The words the speaker was read from and the words reporting the speech.',
      resolve: (statement) => ({ source: statement.source ?? null, cue: statement.cue ?? null }),
    }),
  }),
});

const ExtractedEventRef = builder.objectRef<ExtractedCall | ExtractedMeeting>('ExtractedEvent').implement({
  description: 'A call or meeting as the article reports it; participants by name.',
  fields: (t) => ({
    id: t.exposeString('id', { description: 'Local to this extraction: "call:1".' }),
    participants: t.exposeStringList('participants'),
    initiator: t.string({ nullable: true, resolve: (event) => event.initiator ?? null }),
    date: t.field({ type: 'Date', nullable: true, resolve: (event) => event.date }),
    time: t.string({ nullable: true, resolve: (event) => event.time ?? null }),
    medium: t.field({ type: EventMediumEnum, nullable: true, resolve: (event) => (event.medium ? toStoredValue(event.medium) : null) }),
    status: t.field({ type: EventStatusEnum, resolve: (event) => toStoredValue(event.status) }),
    location: t.string({ nullable: true, resolve: (event) => event.location ?? null }),
  }),
});

const ExtractedPolicyActionRef = builder.objectRef<ExtractedPolicyAction>('ExtractedPolicyAction').implement({
  fields: (t) => ({
    id: t.exposeString('id', { description: 'Local to this extraction: "action:1".' }),
    kind: t.field({ type: PolicyActionKindEnum, resolve: (action) => toStoredValue(action.kind) }),
    status: t.field({ type: PolicyActionStatusEnum, resolve: (action) => toStoredValue(action.status) }),
    actor: t.exposeString('actor', { nullable: true }),
    announcedBy: t.exposeString('announcedBy', { nullable: true }),
    target: t.exposeString('target', { nullable: true }),
    ratePercent: t.exposeFloat('ratePercent', { nullable: true }),
    effectiveDate: t.field({ type: 'Date', nullable: true, resolve: (action) => action.effectiveDate }),
    inResponseTo: t.string({ nullable: true, resolve: (action) => action.inResponseTo ?? null }),
    participants: t.stringList({ resolve: (action) => action.participants ?? [] }),
  }),
});

const ExtractionRef = builder.objectRef<Extraction>('Extraction').implement({
  description: 'What an article says, as the extractor reads it: people, statements with their place in the text, calls, meetings and policy actions.',
  fields: (t) => ({
    publishedOn: t.field({ type: 'Date', nullable: true, resolve: (extraction) => extraction.article.publishedAt }),
    people: t.field({ type: [ExtractedPersonRef], resolve: (extraction) => extraction.people }),
    statements: t.field({ type: [ExtractedStatementRef], resolve: (extraction) => extraction.statements }),
    calls: t.field({ type: [ExtractedEventRef], resolve: (extraction) => extraction.calls }),
    meetings: t.field({ type: [ExtractedEventRef], resolve: (extraction) => extraction.meetings ?? [] }),
    policyActions: t.field({ type: [ExtractedPolicyActionRef], resolve: (extraction) => extraction.policyActions }),
  }),
});

const MergedPersonRef = builder.objectRef<ArticleWrite['people'][number]>('MergedPerson').implement({
  description: 'A person the article names, and whether ingesting created them or found them in the graph.',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'The name the extraction used.' }),
    created: t.exposeBoolean('created'),
    person: t.prismaField({ type: 'Person', resolve: (query, merged) => getDatabase().person.findUniqueOrThrow({ ...query, where: { id: merged.id } }) }),
  }),
});

const MergedCallRef = builder.objectRef<ArticleWrite['events'][number]>('MergedCall').implement({
  fields: (t) => ({
    localId: t.exposeString('localId'),
    created: t.exposeBoolean('created', { description: 'False when the graph already held this call (same participants, same day).' }),
    call: t.prismaField({ type: CallRef, resolve: (query, merged) => getDatabase().event.findUniqueOrThrow({ ...query, where: { id: merged.id } }) }),
  }),
});

const MergedMeetingRef = builder.objectRef<ArticleWrite['events'][number]>('MergedMeeting').implement({
  fields: (t) => ({
    localId: t.exposeString('localId'),
    created: t.exposeBoolean('created'),
    meeting: t.prismaField({ type: MeetingRef, resolve: (query, merged) => getDatabase().event.findUniqueOrThrow({ ...query, where: { id: merged.id } }) }),
  }),
});

const MergedStatementRef = builder.objectRef<ArticleWrite['statements'][number]>('MergedStatement').implement({
  fields: (t) => ({
    created: t.exposeBoolean('created', { description: 'False when the graph already held these words by this speaker: the article became one more source.' }),
    statement: t.prismaField({ type: 'Statement', resolve: (query, merged) => getDatabase().statement.findUniqueOrThrow({ ...query, where: { id: merged.id } }) }),
  }),
});

const MergedPolicyActionRef = builder.objectRef<ArticleWrite['policyActions'][number]>('MergedPolicyAction').implement({
  fields: (t) => ({
    localId: t.exposeString('localId'),
    created: t.exposeBoolean('created'),
    policyAction: t.prismaField({ type: 'PolicyAction', resolve: (query, merged) => getDatabase().policyAction.findUniqueOrThrow({ ...query, where: { id: merged.id } }) }),
  }),
});

interface IngestPayload {
  created: boolean;
  articleId: number;
  extraction: Extraction;
  write: ArticleWrite;
}

const IngestArticlePayloadRef = builder.objectRef<IngestPayload>('IngestArticlePayload').implement({
  fields: (t) => ({
    created: t.exposeBoolean('created', { description: 'False when the graph already held this exact text: nothing was written.' }),
    article: t.prismaField({ type: 'Article', resolve: (query, payload) => getDatabase().article.findUniqueOrThrow({ ...query, where: { id: payload.articleId } }) }),
    extraction: t.field({ type: ExtractionRef, resolve: (payload) => payload.extraction }),
    people: t.field({ type: [MergedPersonRef], resolve: (payload) => payload.write.people }),
    calls: t.field({ type: [MergedCallRef], resolve: (payload) => payload.write.events.filter((event) => event.kind === 'call') }),
    meetings: t.field({ type: [MergedMeetingRef], resolve: (payload) => payload.write.events.filter((event) => event.kind === 'meeting') }),
    statements: t.field({ type: [MergedStatementRef], resolve: (payload) => payload.write.statements }),
    policyActions: t.field({ type: [MergedPolicyActionRef], resolve: (payload) => payload.write.policyActions }),
  }),
});

/** Input errors name the mutation's argument: `input.publishedAt: …`. */
async function namingInputArgument<T>(work: () => T | Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof InputError) throw new InputError(`input.${error.field}`, error.problem);
    throw error;
  }
}

builder.mutationType({ authScopes: { write: true }, description: 'Grow the graph from news articles.' });

builder.mutationFields((t) => ({
  extractArticle: t.field({
    type: ExtractionRef,
    description: 'What Parley reads in an article, without writing anything: a dry run of ingestArticle.',
    args: { input: t.arg({ type: ArticleInputRef, required: true }) },
    resolve: (_root, { input }, context) => namingInputArgument(() => context.articles.extract(input)),
  }),
  ingestArticle: t.field({
    type: IngestArticlePayloadRef,
    description:
      'Extracts an article and merges it into the graph in one transaction: people found by name or alias, the same call (participants and day) or statement (speaker and words) reported elsewhere linked rather than repeated. The same text again changes nothing.',
    args: { input: t.arg({ type: ArticleInputRef, required: true }) },
    resolve: async (_root, { input }, context) => {
      const result = await namingInputArgument(() => context.articles.ingest(input, connectedDatabaseUrl()));
      await announceWrite(context.events, result.write);
      return { created: result.created, articleId: result.write.article.id, extraction: result.extraction, write: result.write };
    },
  }),
}));
