import { graphql } from '../graphql';
import { ActionSummary, CallSummary, MeetingSummary, PersonLink } from './fragments';

/** An article's text, every quotation with its span and speaker, and the facts drawn from it. */
export const ArticleQuery = graphql(
  `
    query Article($id: ID!) {
      node(id: $id) {
        __typename
        ... on Article {
          id
          title
          publisher
          publishedOn
          url
          wordCount
          text
          quotations(first: 100) {
            totalCount
            nodes {
              span {
                start
                end
              }
              statement {
                id
                text
                kind
                channel
                date
                speaker {
                  ...PersonLink
                }
              }
            }
          }
          calls(first: 50) {
            nodes {
              ...CallSummary
            }
          }
          meetings(first: 50) {
            nodes {
              ...MeetingSummary
            }
          }
          policyActions(first: 50) {
            nodes {
              ...ActionSummary
            }
          }
        }
      }
    }
  `,
  [PersonLink, CallSummary, MeetingSummary, ActionSummary],
);

/** The articles in the graph, newest first. */
export const ArticlesQuery = graphql(`
  query Articles($first: Int!) {
    articles(first: $first) {
      totalCount
      nodes {
        id
        title
        publisher
        publishedOn
      }
    }
  }
`);
