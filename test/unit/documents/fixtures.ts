/** Realistic view models of the six forms, in the shape the dossier module will pass them. */
import type {
  ApologyModel,
  FormHeader,
  ProcessControlModel,
  ReceiptModel,
  RefusalModel,
  RegisterRow,
  SupplementRequestModel,
  TrackingRegisterModel,
} from '../../../src/documents/index.js';

/** 01/12/2026 08:30 in Vietnam (UTC+7). */
export const RECEIVED_AT = Date.UTC(2026, 11, 1, 1, 30);
/** 08/12/2026 14:00 in Vietnam. */
export const APPOINTMENT_AT = new Date(Date.UTC(2026, 11, 8, 7, 0));

export const HEADER: FormHeader = {
  superior: 'UBND huyện Hữu Lũng',
  issuer: 'UBND xã Hữu Lũng',
  place: 'Lạng Sơn',
  issuedAt: RECEIVED_AT,
};

export const OWNER = {
  name: 'Nguyễn Thị Hằng',
  address: 'Thôn Đồng Tiến, xã Hữu Lũng, tỉnh Lạng Sơn',
  phone: '0912 345 678',
  email: 'hang.nguyen@example.vn',
  idNumber: '020186001234',
};

export const DOSSIER_CODE = '000.00.20.H33-261201-0007';
export const TRACKING_URL = 'https://motcua.example.vn/tra-cuu/000.00.20.H33-261201-0007';

export function receipt(overrides: Partial<ReceiptModel> = {}): ReceiptModel {
  return {
    header: HEADER,
    dossierCode: DOSSIER_CODE,
    applicant: OWNER,
    procedureName: 'Đăng ký khai sinh (thủ tục 1.001193)',
    components: [
      { name: 'Tờ khai đăng ký khai sinh theo mẫu', originals: 1, certifiedCopies: 0, copies: 0 },
      { name: 'Giấy chứng sinh', originals: 1, certifiedCopies: 0, copies: 0 },
      { name: 'Giấy chứng nhận kết hôn của cha, mẹ', originals: 0, certifiedCopies: 1, copies: 0 },
    ],
    sets: 1,
    processingTime: '01 ngày làm việc',
    receivedAt: RECEIVED_AT,
    appointmentAt: APPOINTMENT_AT,
    returnChannel: 'Bộ phận Một cửa UBND xã Hữu Lũng',
    feeNote: 'Lệ phí: miễn (đăng ký khai sinh đúng hạn).',
    trackingUrl: TRACKING_URL,
    hotline: '0205 3812 345',
    registerEntry: { book: '01/2026', number: '1.207' },
    receivingOfficer: 'Hoàng Văn Đức',
    ...overrides,
  };
}

/** Mẫu 01 with so many components that the table must continue on a second A5 page. */
export function longReceipt(): ReceiptModel {
  return receipt({
    procedureName:
      'Cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất lần đầu ' +
      'cho hộ gia đình, cá nhân đang sử dụng đất không có giấy tờ về quyền sử dụng đất',
    components: Array.from({ length: 24 }, (_, i) => ({
      name: `Giấy tờ số ${i + 1}: bản vẽ, trích lục hoặc văn bản xác nhận của Ủy ban nhân dân xã về nguồn gốc đất`,
      originals: 1,
      certifiedCopies: i % 3 === 0 ? 2 : 0,
      copies: i % 2,
    })),
  });
}

export function supplementRequest(): SupplementRequestModel {
  return {
    header: HEADER,
    dossierCode: DOSSIER_CODE,
    applicant: OWNER,
    procedureName: 'Đăng ký khai sinh (thủ tục 1.001193)',
    items: [
      'Bổ sung bản sao có chứng thực Giấy chứng nhận kết hôn của cha, mẹ.',
      'Sửa lại ngày sinh trên Tờ khai cho khớp với Giấy chứng sinh.',
    ],
    reason: 'Thành phần hồ sơ chưa đầy đủ theo Điều 16 Luật Hộ tịch năm 2014.',
    deadlineAt: Date.UTC(2026, 11, 4, 10, 0),
    contact: { officer: 'Hoàng Văn Đức', phone: '0205 3812 345' },
    trackingUrl: TRACKING_URL,
    signer: { title: 'NGƯỜI HƯỚNG DẪN', name: 'Hoàng Văn Đức' },
  };
}

export function refusal(): RefusalModel {
  return {
    header: HEADER,
    dossierCode: DOSSIER_CODE,
    applicant: OWNER,
    procedureName: 'Chứng thực chữ ký trong giấy tờ, văn bản',
    reasons: [
      'Giấy tờ, văn bản có nội dung trái pháp luật, đạo đức xã hội (khoản 4 Điều 25 Nghị định 23/2015/NĐ-CP).',
      'Người yêu cầu chứng thực không xuất trình được giấy tờ tùy thân còn giá trị sử dụng.',
    ],
    hotline: '0205 3812 345',
    website: 'https://motcua.example.vn',
    receivingOfficer: 'Hoàng Văn Đức',
  };
}

export function apology(): ApologyModel {
  return {
    header: { ...HEADER, documentNumber: 'Số: 15/PXL-UBND', issuedAt: Date.UTC(2026, 11, 7, 2, 0) },
    dossierCode: DOSSIER_CODE,
    applicant: OWNER,
    procedureName: 'Đăng ký khai sinh',
    receivedAt: RECEIVED_AT,
    originalAppointmentAt: APPOINTMENT_AT,
    lateAgency: 'Công chức Tư pháp - Hộ tịch xã Hữu Lũng',
    reason: 'cần xác minh thông tin với Ủy ban nhân dân xã nơi cư trú trước đây của người mẹ.',
    newAppointmentAt: Date.UTC(2026, 11, 11, 3, 15),
    returnPlace: 'Bộ phận Một cửa UBND xã Hữu Lũng',
    recipients: ['Như trên', 'Lưu: VT, BPMC'],
    signer: { onBehalfOf: 'TM. ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH', name: 'Lê Thị Ánh Tuyết' },
  };
}

export function processControl(): ProcessControlModel {
  const at = (day: number, hour: number, minute: number) => Date.UTC(2026, 11, day, hour - 7, minute);
  return {
    header: { ...HEADER, issuedAt: at(8, 15, 0) },
    dossierCode: DOSSIER_CODE,
    applicant: OWNER,
    procedureName: 'Đăng ký khai sinh',
    processingUnit: 'Công chức Tư pháp - Hộ tịch xã Hữu Lũng',
    coordinatingUnits: ['UBND xã Yên Thịnh'],
    components: receipt().components,
    sets: 1,
    receivedAt: RECEIVED_AT,
    processingTime: '05 ngày làm việc',
    appointmentAt: APPOINTMENT_AT,
    internalDueAt: at(8, 10, 0),
    steps: [
      {
        handedBy: { unit: 'Bộ phận Một cửa', person: 'Hoàng Văn Đức' },
        receivedBy: { unit: 'Công chức Tư pháp - Hộ tịch', person: 'Đỗ Thị Thu Hương' },
        handedAt: at(1, 9, 0),
        result: 'early',
      },
      {
        handedBy: { unit: 'Công chức Tư pháp - Hộ tịch', person: 'Đỗ Thị Thu Hương' },
        receivedBy: { unit: 'Lãnh đạo UBND xã', person: 'Lê Thị Ánh Tuyết' },
        handedAt: at(3, 16, 45),
        result: 'on_time',
        note: 'Đã xác minh với UBND xã Yên Thịnh',
      },
      {
        handedBy: { unit: 'Lãnh đạo UBND xã', person: 'Lê Thị Ánh Tuyết' },
        receivedBy: { unit: 'Văn thư', person: 'Phạm Quốc Việt' },
        handedAt: at(9, 8, 5),
        result: 'late',
      },
    ],
    returnSteps: [
      {
        handedBy: { unit: 'Văn thư', person: 'Phạm Quốc Việt' },
        receivedBy: { unit: 'Bộ phận Một cửa', person: 'Hoàng Văn Đức' },
        handedAt: at(9, 10, 30),
      },
    ],
  };
}

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ'];
const MIDDLE = ['Thị', 'Văn', 'Đức', 'Thu', 'Minh', 'Quốc'];
const GIVEN = ['Hằng', 'Dũng', 'Hương', 'Tuấn', 'Lộc', 'Ánh', 'Việt', 'Phượng', 'Khải', 'Yến', 'Sơn'];
const PROCEDURES = [
  'Chứng thực bản sao từ bản chính giấy tờ, văn bản',
  'Đăng ký khai sinh',
  'Đăng ký kết hôn',
  'Chứng thực chữ ký trong giấy tờ, văn bản',
  'Đăng ký thường trú',
  'Xác nhận tình trạng hôn nhân',
];

export function registerRows(count: number): RegisterRow[] {
  return Array.from({ length: count }, (_, i) => {
    const received = RECEIVED_AT + i * 3_600_000;
    return {
      dossierCode: `000.00.20.H33-261201-${String(i + 1).padStart(4, '0')}`,
      procedureName: PROCEDURES[i % PROCEDURES.length] ?? '',
      sets: 1 + (i % 2),
      ownerName: `${FAMILY[i % FAMILY.length]} ${MIDDLE[i % MIDDLE.length]} ${GIVEN[i % GIVEN.length]}`,
      address: `Thôn ${i % 7 === 0 ? 'Đồng Tiến, Khu Phố Mới' : 'Quyết Thắng'}, xã Hữu Lũng`,
      phone: `09${String(10_000_000 + i * 7919).slice(0, 8)}`,
      receivedAt: received,
      appointmentAt: received + 5 * 86_400_000,
      ...(i % 3 === 0 ? { returnedAt: received + 4 * 86_400_000 } : {}),
      receivingOfficer: 'Hoàng Văn Đức',
      area: 'Xã Hữu Lũng',
      ...(i % 10 === 0 ? { note: 'Trả qua bưu chính' } : {}),
    };
  });
}

export function trackingRegister(rows: number): TrackingRegisterModel {
  return {
    header: { ...HEADER, issuedAt: Date.UTC(2026, 11, 31, 3, 0) },
    book: '01/2026',
    period: { from: Date.UTC(2026, 11, 1), to: Date.UTC(2026, 11, 31) },
    rows: registerRows(rows),
  };
}
