// Outbound sync (ADR 0012), pure parts: the retry back-off, the HoSoDongBoDVC record of a change (which our
// own inbound parser must accept and read back to the same dossier facts) and the delivery state.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../../../src/config.js';
import { dvcRecord } from '../../../src/contract/dvc-record.js';
import { retryDelayMs } from '../../../src/domain/integrations/backoff.js';
import { importedState } from '../../../src/domain/integrations/national-state.js';
import { dvcSyncRecord, type SyncDossier } from '../../../src/domain/integrations/sync-record.js';
import { syncDeliveryState } from '../../../src/domain/integrations/sync-state.js';

const POLICY = { baseMs: 5_000, capMs: 60_000 };

describe('retryDelayMs', () => {
  it('doubles per failure up to the cap, jitter between half and all of it', () => {
    expect([1, 2, 3, 4, 5, 6].map((n) => retryDelayMs(POLICY, n, 1))).toEqual([
      5_000, 10_000, 20_000, 40_000, 60_000, 60_000,
    ]);
    expect([1, 2, 3].map((n) => retryDelayMs(POLICY, n, 0))).toEqual([2_500, 5_000, 10_000]);
  });

  it('stays within [ceiling/2, ceiling] for any failure count and random number, never above the cap', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), fc.double({ min: 0, max: 1, noNaN: true }), (n, r) => {
        const ceiling = Math.min(POLICY.capMs, POLICY.baseMs * 2 ** Math.min(n - 1, 52));
        const d = retryDelayMs(POLICY, n, r);
        return d >= Math.floor(ceiling / 2) && d <= ceiling && d <= POLICY.capMs;
      }),
    );
  });
});

const at = (iso: string) => Date.parse(iso);
const DOSSIER: SyncDossier = {
  code: 'H06.001-260302-0001',
  procedureCode: '1.004884',
  procedureName: 'Thủ tục đăng ký khai sinh',
  fieldCode: 'HT',
  fieldName: 'Hộ tịch',
  channel: 'direct',
  ownerKind: 'citizen',
  ownerName: 'Nguyễn Thị Hằng',
  ownerIdNumber: '020190001234',
  ownerPhone: '0912345678',
  ownerEmail: null,
  unitCode: '06001',
  nationalStatus: 2,
  outcome: null,
  feeTotal: 0,
  feePaidOnline: false,
  digitised: true,
  submittedAt: at('2026-03-02T02:00:00Z'),
  receivedAt: at('2026-03-02T02:00:00Z'),
  dueAt: at('2026-03-04T10:00:00Z'),
  finishedAt: null,
  returnedAt: null,
  result: null,
};
const CHANGE = {
  at: at('2026-03-02T02:00:00Z'),
  description: 'Tiếp nhận hồ sơ tại quầy',
  actorName: 'Lê Văn Tiếp',
  stepName: 'Tiếp nhận',
};

describe('dvcSyncRecord', () => {
  it('writes the portal shape: codes, Vietnam-time dates, the change as the progress entry', () => {
    const r = dvcSyncRecord(DOSSIER, CHANGE);
    expect(r).toMatchObject({
      MaHoSo: 'H06.001-260302-0001',
      MaTTHC: '1.004884',
      KenhThucHien: 1,
      LoaiDoiTuong: 1,
      NgayTiepNhan: '20260302090000',
      NgayHenTra: '20260304170000',
      NgayKetThucXuLy: '',
      TrangThaiHoSo: 2,
      DonViXuLy: '06001',
      HoSoCoThanhPhanSoHoa: 1,
      QuaTrinhXuLy: [
        {
          NguoiXuLy: 'Lê Văn Tiếp',
          ThoiDiemXuLy: '20260302090000',
          PhongBanXuLy: 'Tiếp nhận',
          NoiDungXuLy: 'Tiếp nhận hồ sơ tại quầy',
          TrangThai: 2,
        },
      ],
    });
  });

  it('is read back by our own inbound parser to the same state, for a result and for a refusal', () => {
    const returned = dvcSyncRecord(
      {
        ...DOSSIER,
        nationalStatus: 10,
        outcome: 'result_issued',
        finishedAt: at('2026-03-03T08:00:00Z'),
        returnedAt: at('2026-03-04T02:00:00Z'),
        result: { number: '15/2026/TLKS', fileId: 'f-1', fileName: 'Trích lục khai sinh.pdf' },
      },
      { ...CHANGE, at: at('2026-03-04T02:00:00Z'), description: 'Trả kết quả' },
    );
    const parsed = dvcRecord.parse(returned);
    expect(importedState(parsed.TrangThaiHoSo, parsed.NgayTuChoi)).toEqual({
      state: 'returned',
      outcome: 'result_issued',
    });
    expect(parsed.NgayTra).toBe(at('2026-03-04T02:00:00Z'));
    expect(returned.DanhSachGiayToKetQua).toEqual([
      { TenGiayTo: 'Trích lục khai sinh.pdf', GiayToId: 'f-1', MaGiayToKetQua: '15/2026/TLKS' },
    ]);

    const refused = dvcSyncRecord(
      { ...DOSSIER, nationalStatus: 9, outcome: 'refused', finishedAt: at('2026-03-03T08:00:00Z') },
      CHANGE,
    );
    expect(refused.NgayKetThucXuLy).toBe('');
    const back = dvcRecord.parse(refused);
    expect(importedState(back.TrangThaiHoSo, back.NgayTuChoi)).toEqual({
      state: 'refused',
      outcome: 'refused',
    });
  });

  it('leaves the reception date empty for a dossier submitted online and not yet received', () => {
    const r = dvcSyncRecord(
      { ...DOSSIER, channel: 'online', nationalStatus: 1, receivedAt: null, dueAt: null },
      CHANGE,
    );
    expect(r).toMatchObject({
      KenhThucHien: 2,
      NgayNopHoSo: '20260302090000',
      NgayTiepNhan: '',
      TrangThaiHoSo: 1,
    });
  });
});

describe('syncDeliveryState', () => {
  const base = { configured: true, own: true, pending: 0, delivered: 0, headError: null };
  it('names each situation', () => {
    expect(syncDeliveryState({ ...base, own: false, pending: 3 })).toBe('not_applicable');
    expect(syncDeliveryState({ ...base, configured: false, pending: 3 })).toBe('not_configured');
    expect(syncDeliveryState(base)).toBe('none');
    expect(syncDeliveryState({ ...base, delivered: 4 })).toBe('delivered');
    expect(syncDeliveryState({ ...base, delivered: 4, pending: 1 })).toBe('pending');
    expect(syncDeliveryState({ ...base, pending: 1, headError: 'HTTP 503' })).toBe('failing');
  });
});

describe('configuration', () => {
  it('needs the secret with the URL; unset means not configured', () => {
    expect(parseConfig({}).nationalPortal).toBeNull();
    expect(() => parseConfig({ NATIONAL_PORTAL_URL: 'https://dvc.example.vn/' })).toThrow(ConfigError);
    expect(() => parseConfig({ NATIONAL_PORTAL_URL: 'ftp://x', NATIONAL_PORTAL_SECRET: 'abcdefgh' })).toThrow(
      /NATIONAL_PORTAL_URL/,
    );
    expect(
      parseConfig({ NATIONAL_PORTAL_URL: 'https://dvc.example.vn/', NATIONAL_PORTAL_SECRET: 'abcdefgh' })
        .nationalPortal,
    ).toEqual({ url: 'https://dvc.example.vn', secret: 'abcdefgh', timeoutMs: 10_000 });
  });
});
