export { ScanError } from './scanner';
export type { ScanErrorCode, ScanMode, ScanOptions, ScanSource, ScannedPage, Scanner, ScannerDevice } from './scanner';
export { SaneScanner, parseScanimageList, parseSourceOption, saneError } from './sane-scanner';
export { HotFolder } from './hot-folder';
export type { HotFolderOptions } from './hot-folder';
export { validateImportBytes, validateImportFile, sniffType, claimedPdfPageCount } from './file-import';
export type { ImportErrorCode, ImportKind, ImportLimits, ImportedFile } from './file-import';
export { processPage, combineToPdf, sha256Hex, PipelineError } from './pipeline';
export type { ColorMode, PageOptions, ProcessedPage } from './pipeline';
