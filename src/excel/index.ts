/**
 * The office.js adapter: the only code of Zhuanbao that calls `Excel.run`.
 */
export { ExcelTrackingSource } from './excelSource';
export { ExcelBulletinSink } from './excelSink';
export { ExcelHighlighter } from './excelHighlighter';
export { ExcelWorkbook } from './workbookOps';
export { ExcelSnapshotStore } from './excelSnapshotStore';
export { highlightTargets } from './highlightTargets';
export { ExcelStepError, ZhuanbaoError, describeOfficeError } from './errors';
export type { ExcelRunner } from './runner';
export type { SheetCandidate } from './candidates';
export type { LoadedState, StoredBinding } from './storedState';
