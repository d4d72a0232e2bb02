import { validateEmail, validatePhone } from '../../domain/identity/index.js';
import { invalid } from '../../platform/errors.js';

/** Normalises optional email and phone fields, rejecting malformed ones with a Vietnamese message. */
export function normaliseContact(input: {
  email?: string | null | undefined;
  phone?: string | null | undefined;
}) {
  const out: { email?: string | null; phone?: string | null } = {};
  if (input.email !== undefined) {
    if (!input.email) out.email = null;
    else {
      const r = validateEmail(input.email);
      if (!r.ok) throw invalid(r.code, r.message, [{ path: ['email'], message: r.message }]);
      out.email = r.value.email;
    }
  }
  if (input.phone !== undefined) {
    if (!input.phone) out.phone = null;
    else {
      const r = validatePhone(input.phone);
      if (!r.ok) throw invalid(r.code, r.message, [{ path: ['phone'], message: r.message }]);
      out.phone = r.value.national;
    }
  }
  return out;
}
