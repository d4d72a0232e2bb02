export {
  findProvince,
  isOfficialProvinceCode,
  PROVINCES,
  type Province,
  type ProvinceType,
} from './provinces.js';
export {
  isCommuneCodeFormat,
  isProvinceCodeFormat,
  isUnitKind,
  UNIT_KIND_LABELS,
  UNIT_KINDS,
  type UnitErrorCode,
  type UnitInput,
  type UnitKind,
  type UnitResult,
  type ValidUnit,
  validateUnit,
} from './unit-code.js';
