/**
 * Procedure catalog (danh mục thủ tục hành chính): pure types and functions — versions in force,
 * validation, a CSV codec. No I/O, no clock: dates are passed in.
 */
export {
  allotmentHours,
  durationCapacityHours,
  NOMINAL_CLOSING,
  sameDayHours,
  sumAllotmentHours,
} from './capacity.js';
export {
  isClockTimeFormat,
  isFieldCodeFormat,
  isLocalCodeFormat,
  isProcedureCodeFormat,
  nationalPart,
} from './codes.js';
export type { CsvParseError, CsvParseResult, CsvRecord } from './csv.js';
export { formatCsv, parseCsv } from './csv.js';
export type { CatalogErrorCode, CatalogIssue } from './issues.js';
export { CATALOG_ERROR_CODES } from './issues.js';
export {
  COMPONENT_KIND_LABELS,
  DURATION_UNIT_LABELS,
  durationLabel,
  FEE_KIND_LABELS,
  LEVEL_LABELS,
  MECHANISM_LABELS,
  ONLINE_LEVEL_LABELS,
  STEP_KIND_LABELS,
} from './labels.js';
export type {
  AgencyStep,
  Allotment,
  AllotmentUnit,
  Component,
  ComponentKind,
  Duration,
  Durations,
  Fee,
  FeeKind,
  Field,
  ImplementingLevel,
  Mechanism,
  OnlineLevel,
  PartnerAgency,
  ProcedureCase,
  ProcedureVersion,
  ProcessStep,
  ResultDocument,
  StepKind,
} from './types.js';
export {
  ALLOTMENT_UNITS,
  COMPONENT_KINDS,
  DURATION_UNITS,
  FEE_KINDS,
  IMPLEMENTING_LEVELS,
  MECHANISMS,
  ONLINE_LEVELS,
  STEP_KINDS,
} from './types.js';
export { validateCatalog, validateProcedureVersion } from './validate.js';
export { caseDuration, catalogInForce, isInForce, versionInForce } from './versions.js';
