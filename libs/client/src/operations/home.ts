import { graphql } from '../graphql';
import { CallSummary, MeetingSummary, PageInfoFields, PersonLink, StatementFields } from './fragments';

/** The leaders, by name, a page at a time. */
export const LeadersQuery = graphql(
  `
    query Leaders($first: Int, $after: String, $last: Int, $before: String) {
      leaders(first: $first, after: $after, last: $last, before: $before) {
        totalCount
        pageInfo {
          ...PageInfoFields
        }
        nodes {
          ...PersonLink
          roles(current: true) {
            title
            of
          }
        }
      }
    }
  `,
  [PersonLink, PageInfoFields],
);

/** People whose name or any alias contains the words. */
export const PeopleSearchQuery = graphql(
  `
    query PeopleSearch($words: String!) {
      people(first: 20, filter: { name: $words }) {
        totalCount
        nodes {
          ...PersonLink
          aliases
        }
      }
    }
  `,
  [PersonLink],
);

/** Statements holding the words (stemmed, common words left out), most relevant first. */
export const StatementSearchQuery = graphql(
  `
    query StatementSearch($words: String!) {
      statements(first: 20, filter: { search: $words }) {
        totalCount
        nodes {
          ...StatementFields
        }
      }
    }
  `,
  [StatementFields],
);

/** The newest calls and meetings in the graph. */
export const LatestEventsQuery = graphql(
  `
    query LatestEvents($first: Int!) {
      calls(first: $first) {
        totalCount
        nodes {
          ...CallSummary
        }
      }
      meetings(first: $first) {
        totalCount
        nodes {
          ...MeetingSummary
        }
      }
    }
  `,
  [CallSummary, MeetingSummary],
);
