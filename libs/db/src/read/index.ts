export { readDialect, type ReadDialect } from './dialect';
export { refreshStatistics } from './statistics';
export { relatedLists, relatedPages, rowsById, type Relation, type RelatedPage, type RelatedRows } from './related';
export { eventsOfPerson, PARTICIPANTS_OF_EVENT, statementsOfEvent, statementsOfSpeaker, type Direction } from './relations';
export { statementCount, statementList, type StatementConditions, type StatementKey } from './statement-list';
export { searchMatches, statementSearch, type RankedStatement, type SearchHighlight, type SearchKey, type SearchMatch } from './statement-search';
export { searchPeople } from './people-search';
