export { openTempDatabase, type TempDatabase } from './temp-database';
export { graphSize } from './graph-size';
