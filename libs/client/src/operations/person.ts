import { graphql } from '../graphql';
import { ActionSummary, CallSummary, MeetingSummary, PageInfoFields, StatementFields } from './fragments';

/** Everything the leader page shows but the paged statements: roles, calls, meetings, actions. */
export const PersonQuery = graphql(
  `
    query Person($slug: String!) {
      person(slug: $slug) {
        id
        name
        slug
        kind
        aliases
        isLeader
        roles {
          title
          of
          kind
          since
          until
          current
        }
        calls(first: 100) {
          totalCount
          nodes {
            ...CallSummary
          }
        }
        meetings(first: 100) {
          totalCount
          nodes {
            ...MeetingSummary
          }
        }
        timelineStatements: statements(first: 100) {
          totalCount
          nodes {
            id
            text
            date
            channel
          }
        }
        announcedActions(first: 50) {
          totalCount
          nodes {
            ...ActionSummary
          }
        }
      }
    }
  `,
  [CallSummary, MeetingSummary, ActionSummary],
);

/** A page of what the person said, optionally on one channel. */
export const PersonStatementsQuery = graphql(
  `
    query PersonStatements($slug: String!, $channel: Channel, $first: Int, $after: String, $last: Int, $before: String, $order: SortOrder!) {
      person(slug: $slug) {
        id
        statements(channel: $channel, first: $first, after: $after, last: $last, before: $before, order: $order) {
          totalCount
          pageInfo {
            ...PageInfoFields
          }
          nodes {
            ...StatementFields
          }
        }
      }
    }
  `,
  [PageInfoFields, StatementFields],
);
