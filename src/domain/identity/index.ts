export {
  type CitizenId,
  type CitizenIdContext,
  type CitizenIdErrorCode,
  type CitizenIdResult,
  isCitizenId,
  type Sex,
  validateCitizenId,
} from './citizen-id.js';
export {
  type EmailAddress,
  type EmailErrorCode,
  type EmailResult,
  isEmail,
  normalizeEmail,
  validateEmail,
} from './email.js';
export {
  isPhone,
  normalizePhone,
  type PhoneErrorCode,
  type PhoneNumber,
  type PhoneResult,
  type PhoneType,
  validatePhone,
} from './phone.js';
export { PROVINCE_OF_BIRTH_CODES, provinceOfBirthName } from './province-of-birth-codes.js';
export type { ValidationResult } from './result.js';
export {
  isTaxCode,
  type TaxCode,
  type TaxCodeErrorCode,
  type TaxCodeResult,
  validateTaxCode,
} from './tax-code.js';
