/** The benchmark's GraphQL requests, the same for Parley, the usual way and the limit. */
export interface Workload {
  id: string;
  title: string;
  query: string;
  variables: Record<string, unknown>;
}

export const W1 = `{ leaders(first: 10) { nodes { name calls(first: 10) { nodes { date participants { name } statements(first: 10) { nodes { text speaker { name } } } } } } } }`;
export const W2 = `query W2($slug: String!) { person(slug: $slug) { calls(first: 50) { nodes { date statements(first: 50) { nodes { text date } } } } } }`;
export const W3 = `query W3($id: ID!) { node(id: $id) { ... on Statement { text date channel speaker { name } } } }`;
export const W4 = `query W4($slug: String!, $from: Date!, $to: Date!, $after: String) { statements(first: 20, after: $after, filter: { speaker: { slug: $slug }, date: { from: $from, to: $to } }) { pageInfo { endCursor hasNextPage } nodes { text date channel } } }`;
export const W5 = `query W5($words: String!) { statements(first: 20, filter: { search: $words }) { edges { node { text date } search { rank } } } }`;

/** What the workloads are asked about in a given graph: its busiest leader, one statement, a word. */
export interface WorkloadSubjects {
  busiestSlug: string;
  statementId: string;
  speakerSlug: string;
  from: string;
  to: string;
  word: string;
  /** The cursor that opens page 20 of W4, as Parley issues it. */
  page20Cursor: string | null;
}

export function workloads(subjects: WorkloadSubjects): Workload[] {
  const w4 = { slug: subjects.speakerSlug, from: subjects.from, to: subjects.to };
  const list: Workload[] = [
    { id: 'W1', title: 'leaders(first:10) → calls(first:10) → participants, statements(first:10) → speaker', query: W1, variables: {} },
    { id: 'W2', title: 'busiest leader: calls(first:50) → statements(first:50)', query: W2, variables: { slug: subjects.busiestSlug } },
    { id: 'W3', title: 'node(id) of a statement', query: W3, variables: { id: subjects.statementId } },
    { id: 'W4', title: "one speaker's statements in a date range, page 1", query: W4, variables: { ...w4, after: null } },
  ];
  if (subjects.page20Cursor) {
    list.push({ id: 'W4p20', title: 'the same, page 20 by cursor', query: W4, variables: { ...w4, after: subjects.page20Cursor } });
  }
  list.push({ id: 'W5', title: `statements(filter: { search: "${subjects.word}" }), ranked`, query: W5, variables: { words: subjects.word } });
  return list;
}
