export { readDialect, type ReadDialect } from './dialect';
export { refreshStatistics } from './statistics';
export { columnList, relatedLists, relatedPages, rowsById, type Relation, type RelatedPage, type RelatedRows } from './related';
export { EVENT_COLUMNS, eventsOfPerson, PARTICIPANTS_OF_EVENT, PERSON_COLUMNS, STATEMENT_COLUMNS, statementsOfEvent, statementsOfSpeaker, type Direction, type StatementRow } from './relations';
export { statementCount, statementList, type StatementConditions, type StatementKey } from './statement-list';
export { searchMatches, statementSearch, type RankedStatement, type SearchHighlight, type SearchKey, type SearchMatch } from './statement-search';
export { searchPeople } from './people-search';
