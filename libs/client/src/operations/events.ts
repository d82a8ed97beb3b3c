import { graphql } from '../graphql';
import { CallSummary, MeetingSummary, StatementFields } from './fragments';

const EventArticle = graphql(`
  fragment EventArticle on Article {
    id
    title
    publisher
    publishedOn
    url
  }
`);

/** A call with what each side said about it and every article that reported it. */
export const CallQuery = graphql(
  `
    query Call($id: ID!) {
      node(id: $id) {
        __typename
        ... on Call {
          ...CallSummary
          location
          statements(first: 100, order: OLDEST_FIRST) {
            totalCount
            nodes {
              ...StatementFields
            }
          }
          articles(first: 50) {
            totalCount
            nodes {
              ...EventArticle
            }
          }
        }
      }
    }
  `,
  [CallSummary, StatementFields, EventArticle],
);

/** A meeting with what each side said about it and every article that reported it. */
export const MeetingQuery = graphql(
  `
    query Meeting($id: ID!) {
      node(id: $id) {
        __typename
        ... on Meeting {
          ...MeetingSummary
          statements(first: 100, order: OLDEST_FIRST) {
            totalCount
            nodes {
              ...StatementFields
            }
          }
          articles(first: 50) {
            totalCount
            nodes {
              ...EventArticle
            }
          }
        }
      }
    }
  `,
  [MeetingSummary, StatementFields, EventArticle],
);
