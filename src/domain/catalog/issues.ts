/** Validation issues of the catalog: stable code, path into the data, Vietnamese message. */

export const CATALOG_ERROR_CODES = [
  'INVALID_PROCEDURE_CODE',
  'INVALID_FIELD_CODE',
  'INVALID_LOCAL_CODE',
  'EMPTY_TEXT',
  'INVALID_VERSION',
  'INVALID_DATE',
  'EMPTY_EFFECTIVE_RANGE',
  'INVALID_CUTOFF',
  'INVALID_AMOUNT',
  'INVALID_QUANTITY',
  'INVALID_DURATION',
  'SAME_DAY_REQUIRES_CUTOFF',
  'DUPLICATE_CODE',
  'NO_CASES',
  'EMPTY_PROCESS',
  'PROCESS_MUST_START_WITH_RECEIVE',
  'PROCESS_MUST_END_WITH_RETURN',
  'STEPS_EXCEED_DURATION',
  'STEP_PERFORMER',
  'UNKNOWN_ROLE',
  'UNKNOWN_AGENCY',
  'UNUSED_AGENCY',
  'AGENCY_STEPS_EXCEED_DEADLINE',
  'AGENCY_DEADLINE_MISMATCH',
  'AGENCIES_REQUIRE_INTER_AGENCY',
  'INTER_AGENCY_WITHOUT_AGENCY',
  'FOUR_ON_SITE_INTER_AGENCY',
  'TEMPLATE_CODE',
  'UNKNOWN_CASE',
  'OVERLAPPING_VERSIONS',
  'DUPLICATE_VERSION',
] as const;
export type CatalogErrorCode = (typeof CATALOG_ERROR_CODES)[number];

export interface CatalogIssue {
  readonly code: CatalogErrorCode;
  /** Path into the checked value, e.g. 'cases[0].process[2].allotted.amount'; '' = the value itself. */
  readonly path: string;
  readonly message: string;
}

export function joinPath(base: string, key: string | number): string {
  if (typeof key === 'number') return `${base}[${key}]`;
  return base === '' ? key : `${base}.${key}`;
}
