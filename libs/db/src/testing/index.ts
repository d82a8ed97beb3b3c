export { createEmptyDatabase, openTempDatabase, testEngine, type TempDatabase } from './temp-database';
export { createScratchDatabase, withDatabaseName, type ScratchDatabase } from './postgresql-database';
