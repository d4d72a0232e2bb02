import { describe, expect, it } from 'vitest';
import {
  DEMO_PROCEDURES,
  DEMO_UNVERIFIED_CODES,
  demoCatalog,
  demoProcedureWeights,
  FIELDS,
} from '../../../src/demo/procedures/index.js';
import {
  catalogInForce,
  isProcedureCodeFormat,
  validateCatalog,
  validateProcedureVersion,
} from '../../../src/domain/catalog/index.js';

const catalog = demoCatalog();

describe('demo catalog', () => {
  it.each(catalog.map((p) => [`${p.code} v${p.version} ${p.name.slice(0, 50)}`, p] as const))(
    '%s passes validation',
    (_label, p) => {
      expect(validateProcedureVersion(p)).toEqual([]);
    },
  );

  it('is valid as a whole (no duplicate or overlapping versions)', () => {
    expect(validateCatalog(catalog)).toEqual([]);
  });

  it('has at least 45 distinct commune-level procedures in force today-ish', () => {
    const inForce = catalogInForce(catalog, '2026-01-22');
    expect(inForce.length).toBeGreaterThanOrEqual(45);
    expect(new Set(inForce.map((p) => p.code)).size).toBe(inForce.length);
    for (const p of inForce) expect(p.level).toBe('commune');
  });

  it('has unique (code, version) pairs and well-formed national codes', () => {
    const keys = catalog.map((p) => `${p.code}#${p.version}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const p of catalog) expect(isProcedureCodeFormat(p.code)).toBe(true);
  });

  it('covers the main commune fields and has inter-agency, multi-case and versioned procedures', () => {
    const fields = new Set(catalog.map((p) => p.field.code));
    for (const f of Object.values(FIELDS)) expect(fields.has(f.code)).toBe(true);
    expect(catalog.some((p) => p.mechanism === 'inter_agency')).toBe(true);
    expect(catalog.some((p) => p.cases.length > 1)).toBe(true);
    expect(catalog.some((p) => p.version > 1)).toBe(true);
  });

  it('expresses "trong ngày" as 0 working days with the 15:00 cut-off', () => {
    const copy = catalog.find((p) => p.code === '2.000815');
    expect(copy?.durations.counter).toEqual({ amount: 0, unit: 'working_days' });
    expect(copy?.cutoff).toBe('15:00');
    expect(copy?.fees[0]?.amount).toBe(2000);
  });

  it('lists the unverified codes', () => {
    const flagged = DEMO_PROCEDURES.filter((d) => !d.codeVerified).map((d) => d.procedure.code);
    expect([...DEMO_UNVERIFIED_CODES].sort()).toEqual([...new Set(flagged)].sort());
  });

  it('weights follow seed 003: about ¾ certification and ⅙ civil status', () => {
    const weights = demoProcedureWeights();
    const total = weights.reduce((s, w) => s + w.weight, 0);
    expect(total).toBeCloseTo(1, 10);
    const share = (field: string) =>
      weights.filter((w) => w.fieldCode === field).reduce((s, w) => s + w.weight, 0);
    expect(share(FIELDS.certification.code)).toBeGreaterThan(0.7);
    expect(share(FIELDS.certification.code)).toBeLessThan(0.8);
    expect(share(FIELDS.civilStatus.code)).toBeGreaterThan(0.15);
    expect(share(FIELDS.civilStatus.code)).toBeLessThan(0.19);
    expect(new Set(weights.map((w) => w.code)).size).toBe(weights.length);
    for (const w of weights) expect(w.weight).toBeGreaterThan(0);
  });
});
