export { createEmptyDatabase, openTempDatabase, testEngine, type TempDatabase } from './temp-database';
export { createScratchDatabase, withDatabaseName, type ScratchDatabase } from './postgresql-database';
export { findPostgresqlBinaries, startNode, startThrowawayCluster, stopNode, type ThrowawayCluster } from './postgresql-server';
export { graphSize } from './graph-size';
