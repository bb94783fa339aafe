// The one door for imports: readFile (any format, one file), readBatch (many), runImport (read, ask
// about conflicts, merge: what the worker and the in-page engine run) and ingest (files → dataset).
export { batchOf, readBatch, townshipResolver, type BatchContext, type BatchFile, type BatchHooks, type ReadBatch } from './batch'
export { ingest, type IngestContext, type Ingested } from './ingest'
export { isSpreadsheet, readFile, type ReadContext, type ReadResult } from './readFile'
export { extensionOf, SPREADSHEET_EXTENSIONS, TABLE_EXTENSIONS, type FileResult } from './readText'
export { inProcessEngine, runImport, type ImportEngine, type ImportFile, type ImportHooks, type ImportInput, type ImportResult, type ImportStage, type ImportState } from './run'
