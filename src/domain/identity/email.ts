/**
 * A pragmatic e-mail address check: what a registration form should accept, not the whole of RFC 5322.
 * - one `@`; total length ≤ 254; local part ≤ 64;
 * - local part: letters, digits and ``!#$%&'*+/=?^_`{|}~-``, dot-separated, no leading, trailing or double dot
 *   (no quoted local parts, no comments, no non-ASCII characters);
 * - domain: at least two dot-separated labels of letters, digits and inner hyphens (≤ 63 each); the last label
 *   is alphabetic (≥ 2 letters) or an IDN in punycode (`xn--…`). IP-address literals are rejected.
 * The domain is lower-cased in the normalised value; the local part keeps its case.
 */
import { fail, ok, type ValidationResult } from './result.js';

export type EmailErrorCode = 'EMAIL_FORMAT';

export interface EmailAddress {
  /** Trimmed address with a lower-case domain. */
  readonly email: string;
  readonly localPart: string;
  readonly domain: string;
}

export type EmailResult = ValidationResult<EmailAddress, EmailErrorCode>;

const LOCAL_PART = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const DOMAIN_LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const TOP_LEVEL_LABEL = /^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;

const FORMAT_MESSAGE = 'Địa chỉ thư điện tử (email) không hợp lệ, ví dụ đúng: nguyenvana@example.vn.';

export function validateEmail(input: string): EmailResult {
  const trimmed = input.trim();
  const at = trimmed.lastIndexOf('@');
  if (trimmed.length > 254 || at <= 0) return fail('EMAIL_FORMAT', FORMAT_MESSAGE);

  const localPart = trimmed.slice(0, at);
  const domain = trimmed.slice(at + 1).toLowerCase();
  if (localPart.length > 64 || !LOCAL_PART.test(localPart) || !isValidDomain(domain)) {
    return fail('EMAIL_FORMAT', FORMAT_MESSAGE);
  }
  return ok({ email: `${localPart}@${domain}`, localPart, domain });
}

/** The normalised address, or `null` if invalid. */
export function normalizeEmail(input: string): string | null {
  const result = validateEmail(input);
  return result.ok ? result.value.email : null;
}

/** Predicate form of {@link validateEmail}. */
export function isEmail(input: string): boolean {
  return validateEmail(input).ok;
}

function isValidDomain(domain: string): boolean {
  const labels = domain.split('.');
  const last = labels[labels.length - 1];
  if (labels.length < 2 || last === undefined || !TOP_LEVEL_LABEL.test(last)) return false;
  return labels.every((label) => DOMAIN_LABEL.test(label));
}
