// Layout models of Biểu II.06b and II.07b: columns per legal-rules §10.1/§10.2, section rows are the
// sums of their rows, the total the sum of the sections, col 3 = col 7 + col 11; II.07b identities.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildII06a,
  buildII06b,
  buildII07b,
  type DossierResultFigures,
  differenceRows,
  emptyFigures,
  figuresOnly,
  ii06aValues,
  ii07bViolations,
  inAuthority,
  invariantViolations,
  type ProcedureFacts,
  sumFigures,
  tallyProcedures,
  tallyReport,
  unitLevel,
} from '../../../src/domain/reports/index.js';
import { dossiersArb, periodArb, periodAt } from './helpers/histories.js';

const PERIOD = { from: '2026-01-01', to: '2026-03-31' };
const sumColumns = (rows: number[][]) =>
  rows.reduce(
    (acc, r) => acc.map((v, i) => v + (r[i] ?? 0)),
    Array.from({ length: 11 }, () => 0),
  );

const keyedTable = (
  list: { history: { group: number }; dossier: unknown }[],
  period: typeof PERIOD,
  g: number,
) =>
  tallyReport(
    list.map((x) => ({
      key: `F${x.history.group % g}`,
      label: `Lĩnh vực ${x.history.group % g}`,
      dossier: x.dossier as Parameters<typeof tallyReport>[0][number]['dossier'],
    })),
    period,
  );

describe('Biểu II.06b layout', () => {
  it('has the 13 columns of §10.1 with column 2 "Lĩnh vực, công việc giải quyết theo cấp"', () => {
    const model = buildII06b({ unitName: 'Tỉnh Lạng Sơn', superiorName: null, period: PERIOD, sections: [] });
    expect(model.code).toBe('Biểu II.06b/VPCP/KSTT');
    expect(model.headers.map((h) => h.heading)).toEqual([
      'TT',
      'Lĩnh vực, công việc giải quyết theo cấp',
      'Số hồ sơ nhận giải quyết',
      'Số hồ sơ đã giải quyết',
      'Số hồ sơ đang giải quyết',
    ]);
    expect(model.headers[2]?.sub).toEqual([
      'Tổng số',
      'Trực tuyến',
      'Trực tiếp, dịch vụ bưu chính',
      'Từ kỳ trước',
    ]);
    expect(model.columnNumbers).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    expect(model.periodLine).toBe('Kỳ báo cáo: từ ngày 01/01/2026 đến ngày 31/03/2026');
    expect(model.totalRow.values).toEqual(ii06aValues(emptyFigures()));
  });

  it('sections sum their rows, the total sums the sections, col 3 = col 7 + col 11 on every row', () => {
    fc.assert(
      fc.property(dossiersArb, dossiersArb, periodArb, fc.integer({ min: 1, max: 4 }), (a, b, p, g) => {
        const period = periodAt(p.offset, p.days);
        const province = keyedTable(a, period, g);
        const communes = keyedTable(b, period, g);
        const model = buildII06b({
          unitName: 'Tỉnh Lạng Sơn',
          superiorName: null,
          period,
          sections: [
            { level: 'province', rows: province.rows },
            { level: 'commune', rows: communes.rows },
          ],
        });
        const sections = model.rows.filter((r) => r.kind === 'section');
        expect(sections.map((s) => [s.no, s.label])).toEqual([
          ['I', 'Cấp tỉnh'],
          ['II', 'Cấp xã'],
        ]);
        const [first, second] = [model.rows.indexOf(sections[0]!), model.rows.indexOf(sections[1]!)];
        const provinceRows = model.rows.slice(first + 1, second);
        const communeRows = model.rows.slice(second + 1);
        expect(provinceRows.map((r) => r.no)).toEqual(province.rows.map((_, i) => String(i + 1)));
        expect(sections[0]!.values).toEqual(sumColumns(provinceRows.map((r) => r.values)));
        expect(sections[1]!.values).toEqual(sumColumns(communeRows.map((r) => r.values)));
        expect(model.totalRow.values).toEqual(sumColumns(sections.map((s) => s.values)));
        expect(model.totalRow.values).toEqual(ii06aValues(sumFigures([province.total, communes.total])));
        for (const row of [...model.rows, model.totalRow]) {
          const v = row.values;
          expect(v[0]).toBe(v[4]! + v[8]!);
          expect(v[0]).toBe(v[1]! + v[2]! + v[3]!);
          expect(v[4]).toBe(v[5]! + v[6]! + v[7]!);
          expect(v[8]).toBe(v[9]! + v[10]!);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('differenceRows: the report over the units not in the part, keeping the invariant', () => {
    fc.assert(
      fc.property(dossiersArb, dossiersArb, periodArb, (a, b, p) => {
        const period = periodAt(p.offset, p.days);
        const part = keyedTable(a, period, 3);
        const whole = keyedTable([...a, ...b], period, 3);
        const rest = keyedTable(b, period, 3);
        const diff = differenceRows(whole.rows, part.rows);
        expect(diff.map((r) => r.key)).toEqual(
          rest.rows.filter((r) => r.received.total > 0).map((r) => r.key),
        );
        for (const r of diff) {
          expect(invariantViolations(r)).toEqual([]);
          expect(figuresOnly(r)).toEqual(
            figuresOnly(rest.rows.find((x) => x.key === r.key) as DossierResultFigures),
          );
        }
      }),
      { numRuns: 150 },
    );
  });

  it('shares the frame with II.06a (header block, signatures)', () => {
    const a = buildII06a({
      unitName: 'Phường Tam Thanh',
      superiorName: 'Tỉnh Lạng Sơn',
      period: PERIOD,
      groupBy: 'field',
      rows: [],
      total: emptyFigures(),
    });
    const b = buildII06b({
      unitName: 'Phường Tam Thanh',
      superiorName: 'Tỉnh Lạng Sơn',
      period: PERIOD,
      sections: [],
    });
    for (const k of ['country', 'motto', 'basis', 'periodLine', 'reportingUnitLine', 'signatures'] as const)
      expect(b[k]).toEqual(a[k]);
    expect(unitLevel('province')).toBe('province');
    expect(['commune', 'ward', 'special_zone'].map(unitLevel)).toEqual(['commune', 'commune', 'commune']);
  });
});

const proc = (code: string, over: Partial<ProcedureFacts> = {}): ProcedureFacts => ({
  code,
  level: 'commune',
  mechanism: 'one_stop',
  onlineLevel: 'partial',
  fourOnSite: false,
  ...over,
});

describe('Biểu II.07b layout', () => {
  const catalog = [
    proc('1.000001', { fourOnSite: true, onlineLevel: 'full' }),
    proc('1.000002', { mechanism: 'inter_agency' }),
    proc('1.000003', { onlineLevel: 'none' }),
    proc('2.000001', { level: 'province', onlineLevel: 'full' }),
    proc('2.000002', { level: 'ministry' }),
  ];

  it('counts a commune’s procedures by level, mechanism, "4 tại chỗ", online level and dossiers', () => {
    const authority = inAuthority(catalog, 'commune');
    const f = tallyProcedures(authority, [catalog[0]!, catalog[0]!, catalog[2]!]);
    expect(f).toEqual({
      total: 3,
      province: 0,
      commune: 3,
      oneStop: 2,
      interAgency: 1,
      fourOnSite: 1,
      onlineFull: 1,
      onlinePartial: 1,
      withDossiers: 2,
      withDossiersFourOnSite: 1,
    });
    expect(ii07bViolations(f)).toEqual([]);
    expect(tallyProcedures(inAuthority(catalog, 'province'), []).total).toBe(1);
  });

  it('keeps its identities for any catalog', () => {
    const facts = fc.record({
      code: fc.constantFrom('1.1', '1.2', '1.3', '2.1', '2.2', '3.1'),
      level: fc.constantFrom('commune', 'province', 'ministry'),
      mechanism: fc.constantFrom('one_stop', 'inter_agency'),
      onlineLevel: fc.constantFrom('full', 'partial', 'none'),
      fourOnSite: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(facts, { maxLength: 12 }), fc.array(facts, { maxLength: 6 }), (list, used) => {
        // A catalog has one version of a code in force, and "4 tại chỗ" is never inter-agency.
        const valid = [...new Map(list.map((p) => [p.code, p])).values()].map((p) =>
          p.mechanism === 'inter_agency' ? { ...p, fourOnSite: false } : p,
        );
        for (const level of ['commune', 'province'] as const) {
          const f = tallyProcedures(inAuthority(valid, level), used);
          expect(ii07bViolations(f)).toEqual([]);
        }
      }),
    );
  });

  it('has 12 numbered columns in four groups and a distinct-count total row', () => {
    const f = tallyProcedures(inAuthority(catalog, 'commune'), []);
    const model = buildII07b({
      unitName: 'Tỉnh Lạng Sơn',
      superiorName: null,
      period: PERIOD,
      rows: [
        { label: 'Xã A', ...f },
        { label: 'Xã B', ...f },
      ],
      total: f,
    });
    expect(model.code).toBe('Biểu II.07b/VPCP/KSTT');
    expect(model.columnNumbers).toHaveLength(12);
    expect(model.headers.map((h) => h.sub)).toEqual([
      null,
      null,
      ['Tổng số', 'Cấp tỉnh', 'Cấp xã'],
      ['Một cửa', 'Một cửa liên thông', '"4 tại chỗ"'],
      ['Toàn trình', 'Một phần'],
      ['Tổng số', 'Trong đó "4 tại chỗ"'],
    ]);
    expect(model.rows.map((r) => [r.no, r.label, r.values])).toEqual([
      ['1', 'Xã A', [3, 0, 3, 2, 1, 1, 1, 1, 0, 0]],
      ['2', 'Xã B', [3, 0, 3, 2, 1, 1, 1, 1, 0, 0]],
    ]);
    expect(model.totalRow.values[0]).toBe(3);
  });
});
