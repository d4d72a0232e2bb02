export { type BackoffPolicy, DEFAULT_BACKOFF, retryDelayMs } from './backoff.js';
export {
  type CheckedRecord,
  checkRecord,
  type RecordRejection,
  rawExternalCode,
  rawRecordHints,
} from './check-record.js';
export { type CsvDelimiter, CsvReader, type CsvRow, csvField, guessDelimiter, parseCsv } from './csv.js';
export { formatDvcDate, parseDvcDate } from './dvc-date.js';
export {
  type ColumnMapping,
  DATE_FIELDS,
  DEFAULT_MAPPING,
  FILE_DATE_FORMATS,
  FILE_FIELDS,
  type FileDateFormat,
  type FileField,
  type FileRow,
  missingColumnsMessage,
  REQUIRED_FILE_FIELDS,
  type ResolvedColumns,
  resolveColumns,
  rowObject,
  toDvcDateText,
} from './file-columns.js';
export { acceptFileRow, type FileRecord } from './file-record.js';
export { CHANNEL_BY_KENH, type ImportedState, importedState } from './national-state.js';
export {
  type OwnerMatchCandidate,
  type OwnerMatchKey,
  ownerMatchKey,
  ownerMatchKeyText,
  pickOwnerMatch,
  receiptDayRange,
} from './owner-match.js';
export {
  DATE_FIELD_LABELS,
  type DateField,
  DIFFERENCE_LABELS,
  type Difference,
  type DifferenceKind,
  type DossierView,
  describeDifference,
  differencesOf,
  type MissingKind,
  STATUS_STAGE,
  statusRank,
} from './reconciliation.js';
export { compareStamps, type RecordStamp, stampOf } from './record-stamp.js';
export { type DvcSyncRecord, dvcSyncRecord, type SyncChange, type SyncDossier } from './sync-record.js';
export { SYNC_STATE_LABELS, type SyncDeliveryState, syncDeliveryState } from './sync-state.js';
