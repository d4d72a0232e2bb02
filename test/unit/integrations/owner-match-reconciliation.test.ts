// The one-inbox matching rule (owner + procedure + receipt day) and the reconciliation difference rule.
import { describe, expect, it } from 'vitest';
import {
  checkRecord,
  describeDifference,
  differencesOf,
  ownerMatchKey,
  pickOwnerMatch,
  receiptDayRange,
} from '../../../src/domain/integrations/index.js';

describe('owner match', () => {
  it('keys a record by unit, owner id number, procedure and local receipt day', () => {
    // 2026-03-01T17:30Z is 02/03/2026 00:30 in Vietnam.
    const key = ownerMatchKey({
      unitId: 'u1',
      ownerIdNumber: ' 001090000001 ',
      procedureCode: '1.001193',
      receivedAt: Date.parse('2026-03-01T17:30:00Z'),
    });
    expect(key).toEqual({
      unitId: 'u1',
      ownerIdNumber: '001090000001',
      procedureCode: '1.001193',
      receiptDay: '2026-03-02',
    });
    expect(receiptDayRange(key!)).toEqual({
      from: new Date('2026-03-01T17:00:00Z'),
      to: new Date('2026-03-02T17:00:00Z'),
    });
  });

  it('has nothing to match on without an owner id number', () => {
    for (const ownerIdNumber of [null, undefined, '', '   '])
      expect(ownerMatchKey({ unitId: 'u', ownerIdNumber, procedureCode: 'p', receivedAt: 0 })).toBeNull();
  });

  it('links to the one candidate not yet linked to the sending source, never guesses', () => {
    expect(pickOwnerMatch([], 's1')).toBeNull();
    expect(pickOwnerMatch([{ dossierId: 'd1', sourceIds: ['s2'] }], 's1')).toBe('d1');
    expect(pickOwnerMatch([{ dossierId: 'd1', sourceIds: [] }], 's1')).toBe('d1');
    // The same source sent it already: two real dossiers (twins), not one.
    expect(pickOwnerMatch([{ dossierId: 'd1', sourceIds: ['s1', 's2'] }], 's1')).toBeNull();
    // Two open candidates: ambiguous.
    expect(
      pickOwnerMatch(
        [
          { dossierId: 'd1', sourceIds: ['s2'] },
          { dossierId: 'd2', sourceIds: [] },
        ],
        's1',
      ),
    ).toBeNull();
    expect(
      pickOwnerMatch(
        [
          { dossierId: 'd1', sourceIds: ['s1'] },
          { dossierId: 'd2', sourceIds: ['s3'] },
        ],
        's1',
      ),
    ).toBe('d2');
  });
});

describe('reconciliation differences', () => {
  const base = {
    status: 4,
    receivedAt: Date.parse('2026-03-02T01:00:00Z'),
    dueAt: Date.parse('2026-03-09T10:00:00Z'),
    finishedAt: null,
  };

  it('finds none when both sides agree (seconds apart is the same minute)', () => {
    expect(differencesOf(base, { ...base, receivedAt: base.receivedAt + 20_000 })).toEqual([]);
  });

  it('says which side is behind', () => {
    expect(differencesOf({ ...base, status: 2 }, base)).toEqual([
      { kind: 'status_behind', behind: 'source' },
    ]);
    expect(differencesOf({ ...base, status: 10 }, { ...base, status: 9 })).toEqual([
      { kind: 'status_behind', behind: 'motcua' },
    ]);
    // Same stage: the higher code is further along (5 supplement < 6 payment).
    expect(differencesOf({ ...base, status: 6 }, { ...base, status: 5 })).toEqual([
      { kind: 'status_behind', behind: 'motcua' },
    ]);
    expect(describeDifference({ kind: 'status_behind', behind: 'motcua' })).toBe(
      'Trạng thái ở Một cửa chậm hơn hệ thống nguồn',
    );
  });

  it('reports differing dates, but not a date only one side has', () => {
    expect(
      differencesOf(
        { ...base, dueAt: base.dueAt + 86_400_000, finishedAt: 5 },
        { ...base, receivedAt: base.receivedAt + 3_600_000 },
      ),
    ).toEqual([
      { kind: 'date_differs', field: 'receivedAt' },
      { kind: 'date_differs', field: 'dueAt' },
    ]);
    expect(describeDifference({ kind: 'date_differs', field: 'dueAt' })).toBe('Khác ngày hẹn trả');
  });
});

describe('record check', () => {
  const units = new Map([['06001', 'unit-1']]);
  const record = {
    MaHoSo: 'A-1',
    MaTTHC: '1.001193',
    TenTTHC: 'Đăng ký khai sinh',
    MaLinhVuc: 'HT',
    TenLinhVuc: 'Hộ tịch',
    KenhThucHien: 1,
    ChuHoSo: 'Trần Thị Bích',
    LoaiDoiTuong: 1,
    NgayTiepNhan: '20260302080000',
    TrangThaiHoSo: 2,
    DonViXuLy: '06001',
    DuocThanhToanTrucTuyen: 0,
    HoSoCoThanhPhanSoHoa: 0,
  };

  it('accepts a valid record of a served unit and names its unit', () => {
    const c = checkRecord(record, units);
    expect(c.ok && c.unitId).toBe('unit-1');
  });

  it('rejects with a stable code and a Vietnamese reason', () => {
    expect(checkRecord({ ...record, DonViXuLy: '06002' }, units)).toMatchObject({
      ok: false,
      code: 'UNIT_NOT_ALLOWED',
      reason: expect.stringMatching(/06002.*không thuộc/),
    });
    expect(checkRecord({ ...record, NgayTiepNhan: '20260230080000' }, units)).toMatchObject({
      ok: false,
      code: 'INVALID_RECORD',
      reason: expect.stringMatching(/không tồn tại trong lịch/),
    });
  });
});
