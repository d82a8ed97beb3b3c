import { graphql } from '../graphql';

export const PageInfoFields = graphql(`
  fragment PageInfoFields on PageInfo {
    hasNextPage
    hasPreviousPage
    startCursor
    endCursor
  }
`);

export const PersonLink = graphql(`
  fragment PersonLink on Person {
    id
    name
    slug
  }
`);

export const StatementFields = graphql(
  `
    fragment StatementFields on Statement {
      id
      text
      kind
      channel
      date
      span {
        start
        end
      }
      speaker {
        ...PersonLink
      }
      article {
        id
        title
        publisher
        publishedOn
        url
      }
    }
  `,
  [PersonLink],
);

export const CallSummary = graphql(
  `
    fragment CallSummary on Call {
      id
      date
      time
      medium
      status
      summary
      initiator {
        ...PersonLink
      }
      participants {
        ...PersonLink
      }
    }
  `,
  [PersonLink],
);

export const MeetingSummary = graphql(
  `
    fragment MeetingSummary on Meeting {
      id
      date
      time
      medium
      status
      location
      summary
      initiator {
        ...PersonLink
      }
      participants {
        ...PersonLink
      }
    }
  `,
  [PersonLink],
);

export const ActionSummary = graphql(
  `
    fragment ActionSummary on PolicyAction {
      id
      kind
      status
      ratePercent
      target
      summary
      effectiveDate
      actors {
        id
        name
      }
      announcedBy {
        ...PersonLink
      }
    }
  `,
  [PersonLink],
);
