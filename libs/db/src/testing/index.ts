export { openTempDatabase, type TempDatabase } from './temp-database';
