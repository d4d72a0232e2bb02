import { describe, expect, it } from 'vitest';
import {
  comparableName,
  maskCitizenId,
  parseBirthDate,
  readPopulationAnswer,
} from '../../../src/domain/population/index.js';

const envelope = (inner: string) =>
  `<?xml version="1.0" encoding="utf-8"?><s:Envelope xmlns:s="urn:x"><s:Body><CongdanCollection>${inner}</CongdanCollection></s:Body></s:Envelope>`;

const an = `<CongDan><SoDinhDanh>020090001234</SoDinhDanh><HoVaTen>Hoàng  Văn An</HoVaTen><GioiTinh>1</GioiTinh>
<NgayThangNamSinh>19900514</NgayThangNamSinh>
<ThuongTru><MaTinhThanh>20</MaTinhThanh><MaPhuongXa>06001</MaPhuongXa><ChiTiet>Thôn Nà Pàn, xã Tân Thành &amp; phụ cận</ChiTiet></ThuongTru>
<NoiOHienTai><ChiTiet>Số 5 đường Bà Triệu, phường Đông Kinh</ChiTiet></NoiOHienTai></CongDan>`;

describe('readPopulationAnswer', () => {
  it('reads the citizen asked for out of the wrapped XML', () => {
    const other = '<CongDan><SoDinhDanh>001190000001</SoDinhDanh><HoVaTen>Khác</HoVaTen></CongDan>';
    const a = readPopulationAnswer({ error_code: 0, message: envelope(other + an) }, '020090001234');
    expect(a).toEqual({
      kind: 'found',
      citizen: {
        idNumber: '020090001234',
        fullName: 'Hoàng Văn An',
        birthDate: '1990-05-14',
        sex: 'male',
        permanentAddress: 'Thôn Nà Pàn, xã Tân Thành & phụ cận',
        currentAddress: 'Số 5 đường Bà Triệu, phường Đông Kinh',
      },
    });
  });

  it('an empty collection, or only other people, is "not found"', () => {
    expect(readPopulationAnswer({ error_code: '0', message: envelope('') }, '020090001234')).toEqual({
      kind: 'not_found',
    });
    expect(readPopulationAnswer({ error_code: 0, message: envelope(an) }, '020090009999')).toEqual({
      kind: 'not_found',
    });
  });

  it('a gateway error code or a malformed body is an error, never "not found"', () => {
    expect(readPopulationAnswer({ error_code: 401, message: 'Sai mã tích hợp' }, 'x').kind).toBe('error');
    expect(readPopulationAnswer({ error_code: 0, message: 'không phải XML' }, 'x').kind).toBe('error');
    expect(readPopulationAnswer('text', 'x').kind).toBe('error');
    expect(readPopulationAnswer(null, 'x').kind).toBe('error');
    const noName = '<CongDan><SoDinhDanh>020090001234</SoDinhDanh></CongDan>';
    expect(readPopulationAnswer({ error_code: 0, message: envelope(noName) }, '020090001234').kind).toBe(
      'error',
    );
  });

  it('unreadable optional fields become null', () => {
    const odd =
      '<CongDan><SoDinhDanh>020090001234</SoDinhDanh><HoVaTen>A B</HoVaTen><GioiTinh>9</GioiTinh><NgayThangNamSinh>31/02/1990</NgayThangNamSinh></CongDan>';
    const a = readPopulationAnswer({ error_code: 0, message: envelope(odd) }, '020090001234');
    expect(a).toMatchObject({
      kind: 'found',
      citizen: { birthDate: null, sex: null, permanentAddress: null, currentAddress: null },
    });
  });
});

describe('helpers', () => {
  it('parses the three date shapes and rejects impossible days', () => {
    expect(parseBirthDate('19900514')).toBe('1990-05-14');
    expect(parseBirthDate('1990-05-14')).toBe('1990-05-14');
    expect(parseBirthDate('14/05/1990')).toBe('1990-05-14');
    expect(parseBirthDate('29/02/2001')).toBeNull();
    expect(parseBirthDate('1990')).toBeNull();
  });

  it('masks a CCCD to the province code and the last three digits', () => {
    expect(maskCitizenId('020090001234')).toBe('020******234');
  });

  it('compares names by spacing and case but keeps diacritics', () => {
    expect(comparableName(' Hoàng  VĂN an ')).toBe(comparableName('Hoàng Văn An'));
    expect(comparableName('Hoang Van An')).not.toBe(comparableName('Hoàng Văn An'));
  });
});
