/** The query GraphiQL opens with: a leader, their calls, and what was said about each. */
export const EXAMPLE_QUERY = `# Parley: who called whom, and what each side said about it.
# Every statement carries its speaker, channel, date and the article it came from.
query LeaderCallsAndStatements {
  person(name: "Trump") {
    name
    roles { title of since current }
    calls(first: 5) {
      totalCount
      nodes {
        date
        time
        medium
        status
        initiator { name }
        participants { name }
        statements(first: 10, order: OLDEST_FIRST) {
          nodes {
            text
            date
            channel
            speaker { name }
            span { start end }
            article { publishedOn url }
          }
        }
      }
    }
  }
}
`;
