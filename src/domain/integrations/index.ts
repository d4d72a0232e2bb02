export { formatDvcDate, parseDvcDate } from './dvc-date.js';
export { CHANNEL_BY_KENH, type ImportedState, importedState } from './national-state.js';
export { compareStamps, type RecordStamp, stampOf } from './record-stamp.js';
