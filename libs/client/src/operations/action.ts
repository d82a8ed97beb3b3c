import { graphql } from '../graphql';
import { ActionSummary, StatementFields } from './fragments';

/** A policy action, what it answers, what answers it, and what was said about it. */
export const PolicyActionQuery = graphql(
  `
    query PolicyAction($id: ID!) {
      node(id: $id) {
        __typename
        ... on PolicyAction {
          ...ActionSummary
          participants {
            id
            name
            slug
          }
          inResponseTo {
            ...ActionSummary
            inResponseTo {
              ...ActionSummary
            }
          }
          responses(first: 50) {
            totalCount
            nodes {
              ...ActionSummary
              responses(first: 50) {
                nodes {
                  ...ActionSummary
                }
              }
            }
          }
          statements(first: 50) {
            totalCount
            nodes {
              ...StatementFields
            }
          }
          articles(first: 20) {
            nodes {
              id
              title
              publishedOn
            }
          }
        }
      }
    }
  `,
  [ActionSummary, StatementFields],
);
