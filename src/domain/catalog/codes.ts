/**
 * Identifier formats of the catalog (legal-rules §7.2, §7.3).
 *
 * - National procedure code (mã TTHC on the CSDLQG về TTHC): one digit, a dot, six digits, e.g. '1.001612',
 *   '2.000908'. The meaning of the leading digit is not confirmed (§14.7), so it is not interpreted.
 *   The localised form seen in provincial systems ('1.010708.000.00.00.H56') is the national code plus an
 *   agency identifier; `nationalPart` extracts the national code from it.
 * - Field code (mã lĩnh vực): TT 01/2018 Art 20 writes it as `<level-1 unit code>-<field code>`; catalogues
 *   in use differ, so only a conservative shape is checked: 1–40 characters of A–Z, 0–9, '.', '_', '-'.
 * - Codes local to one procedure (case, step, fee, component, agency, template): 1–40 characters of
 *   letters, digits, '.', '_', '/', '-'.
 */

const NATIONAL_CODE = /^\d\.\d{6}$/;
const LOCALISED_CODE = /^(\d\.\d{6})(\.[0-9A-Za-z]+)+$/;
const FIELD_CODE = /^[A-Z0-9][A-Z0-9._-]{0,39}$/;
const LOCAL_CODE = /^[A-Za-z0-9][A-Za-z0-9._/-]{0,39}$/;

export function isProcedureCodeFormat(code: string): boolean {
  return NATIONAL_CODE.test(code);
}

/** '1.010708.000.00.00.H56' → '1.010708'; a national code → itself; anything else → null. */
export function nationalPart(code: string): string | null {
  if (NATIONAL_CODE.test(code)) return code;
  const m = LOCALISED_CODE.exec(code);
  return m ? (m[1] ?? null) : null;
}

export function isFieldCodeFormat(code: string): boolean {
  return FIELD_CODE.test(code);
}

export function isLocalCodeFormat(code: string): boolean {
  return LOCAL_CODE.test(code);
}

const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;

export function isClockTimeFormat(time: string): boolean {
  return CLOCK.test(time);
}
