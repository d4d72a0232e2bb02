/**
 * Đất đai, hộ kinh doanh and xây dựng at the commune after 01/07/2025. Charges are provincial
 * (illustrative where marked); durations per Luật Đất đai 2024 / Nghị định 101/2024, Nghị định 01/2021
 * (hộ kinh doanh: 03 ngày làm việc) and Luật Xây dựng (giấy phép: 15 ngày nhà ở riêng lẻ, 20 ngày công trình).
 */
import { agency, cd, charge, component, type DemoProcedure, procedure, wd } from './build.js';
import { FIELDS } from './fields.js';

const land = FIELDS.land;
const hkd = FIELDS.householdBusiness;
const xd = FIELDS.construction;
const PROVINCIAL = 'Mức do Hội đồng nhân dân cấp tỉnh quy định (giá trị minh họa)';
const ID = component(
  'GT-TT',
  'Giấy tờ tùy thân của người nộp hồ sơ (hoặc thông tin định danh điện tử)',
  'original',
);

const HKD_COMMON = {
  field: hkd,
  onlineLevel: 'full' as const,
  durations: { counter: wd(3) },
};

const HKD_FEE = charge('LP-HKD', 'Lệ phí đăng ký hộ kinh doanh', 100000, {
  onlineAmount: 50000,
  description: PROVINCIAL,
});

export const LAND_BUSINESS: DemoProcedure[] = [
  {
    weight: 8,
    codeVerified: true,
    procedure: procedure({
      code: '1.013978',
      name: 'Đăng ký đất đai, tài sản gắn liền với đất, cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất lần đầu đối với hộ gia đình, cá nhân, cộng đồng dân cư, người gốc Việt Nam định cư ở nước ngoài',
      field: land,
      durations: { counter: wd(20) },
      fees: [charge('LP-GCN', 'Lệ phí cấp Giấy chứng nhận', 100000, { description: PROVINCIAL })],
      components: [
        component('DON', 'Đơn đăng ký đất đai, tài sản gắn liền với đất', 'template_form', {
          template: 'DD-04a',
        }),
        component('GT', 'Giấy tờ về quyền sử dụng đất (nếu có)', 'copy', { required: false }),
        component('NVTC', 'Chứng từ thực hiện nghĩa vụ tài chính hoặc giấy tờ miễn, giảm (nếu có)', 'copy', {
          required: false,
        }),
      ],
      result: 'Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất',
      agencies: [
        agency('VPDK', 'Chi nhánh Văn phòng đăng ký đất đai', [
          ['Kiểm tra hồ sơ, trích lục bản đồ địa chính', 'appraise', 48],
          ['Gửi thông tin xác định nghĩa vụ tài chính, in Giấy chứng nhận', 'issue', 16],
        ]),
        agency('THUE', 'Cơ quan thuế', [['Xác định và thông báo nghĩa vụ tài chính', 'appraise', 24]]),
      ],
    }),
  },
  {
    // Commune conciliation of land disputes, "không quá 30 ngày" (Luật Đất đai 2024 Art 235); code and
    // name matched from a commune list with moderate confidence.
    weight: 4,
    codeVerified: false,
    procedure: procedure({
      code: '1.013967',
      name: 'Hòa giải tranh chấp đất đai tại Ủy ban nhân dân cấp xã',
      field: land,
      durations: { counter: cd(30) },
      onlineLevel: 'none',
      components: [
        component('DON', 'Đơn yêu cầu hòa giải tranh chấp đất đai', 'original'),
        component('GT', 'Giấy tờ, tài liệu liên quan đến thửa đất tranh chấp', 'copy', { required: false }),
      ],
      result: 'Biên bản hòa giải thành hoặc hòa giải không thành',
    }),
  },
  {
    weight: 10,
    codeVerified: true,
    procedure: procedure({
      ...HKD_COMMON,
      version: 1,
      effectiveTo: '2026-01-01',
      code: '1.001612',
      name: 'Đăng ký thành lập hộ kinh doanh',
      fees: [HKD_FEE],
      components: [
        component('GDN', 'Giấy đề nghị đăng ký hộ kinh doanh', 'template_form', { template: 'HKD-PL-III-1' }),
        component(
          'BB',
          'Biên bản họp thành viên hộ gia đình về việc thành lập hộ kinh doanh (nếu các thành viên cùng đăng ký)',
          'copy',
          { required: false },
        ),
        component('UQ', 'Văn bản ủy quyền cho thành viên làm chủ hộ kinh doanh (nếu có)', 'copy', {
          required: false,
        }),
      ],
      result: 'Giấy chứng nhận đăng ký hộ kinh doanh',
    }),
  },
  {
    // Version 2 (illustrative change): from 2026 the province exempts the charge for online registration.
    weight: 10,
    codeVerified: true,
    procedure: procedure({
      ...HKD_COMMON,
      version: 2,
      effectiveFrom: '2026-01-01',
      code: '1.001612',
      name: 'Đăng ký thành lập hộ kinh doanh',
      fees: [{ ...HKD_FEE, onlineAmount: 0, exemptions: 'Miễn lệ phí khi đăng ký qua mạng điện tử' }],
      components: [
        component('GDN', 'Giấy đề nghị đăng ký hộ kinh doanh', 'template_form', { template: 'HKD-PL-III-1' }),
        component(
          'BB',
          'Biên bản họp thành viên hộ gia đình về việc thành lập hộ kinh doanh (nếu các thành viên cùng đăng ký)',
          'copy',
          { required: false },
        ),
        component('UQ', 'Văn bản ủy quyền cho thành viên làm chủ hộ kinh doanh (nếu có)', 'copy', {
          required: false,
        }),
      ],
      result: 'Giấy chứng nhận đăng ký hộ kinh doanh',
    }),
  },
  {
    weight: 6,
    codeVerified: true,
    procedure: procedure({
      ...HKD_COMMON,
      code: '2.000720',
      name: 'Đăng ký thay đổi nội dung đăng ký hộ kinh doanh',
      fees: [
        { ...HKD_FEE, code: 'LP-HKD-TD', name: 'Lệ phí đăng ký thay đổi nội dung đăng ký hộ kinh doanh' },
      ],
      components: [
        component('TB', 'Thông báo thay đổi nội dung đăng ký hộ kinh doanh', 'template_form', {
          template: 'HKD-PL-III-2',
        }),
        component('GCN', 'Giấy chứng nhận đăng ký hộ kinh doanh đã cấp', 'original'),
      ],
      result: 'Giấy chứng nhận đăng ký hộ kinh doanh (thay đổi)',
    }),
  },
  {
    weight: 2,
    codeVerified: true,
    procedure: procedure({
      ...HKD_COMMON,
      code: '1.001570',
      name: 'Tạm ngừng hoạt động hộ kinh doanh, tiếp tục kinh doanh trước thời hạn đã thông báo',
      components: [
        component(
          'TB',
          'Thông báo tạm ngừng kinh doanh, tiếp tục kinh doanh trước thời hạn',
          'template_form',
          { template: 'HKD-PL-III-3' },
        ),
      ],
      result: 'Giấy xác nhận về việc hộ kinh doanh đăng ký tạm ngừng kinh doanh',
    }),
  },
  {
    weight: 3,
    codeVerified: true,
    procedure: procedure({
      ...HKD_COMMON,
      code: '1.001266',
      name: 'Chấm dứt hoạt động hộ kinh doanh',
      components: [
        component('TB', 'Thông báo về việc chấm dứt hoạt động hộ kinh doanh', 'template_form', {
          template: 'HKD-PL-III-4',
        }),
        component('GCN', 'Giấy chứng nhận đăng ký hộ kinh doanh đã cấp', 'original'),
      ],
      result: 'Thông báo về việc chấm dứt hoạt động hộ kinh doanh',
    }),
  },
  {
    weight: 1,
    codeVerified: true,
    procedure: procedure({
      ...HKD_COMMON,
      code: '2.000575',
      name: 'Cấp lại Giấy chứng nhận đăng ký hộ kinh doanh',
      fees: [{ ...HKD_FEE, code: 'LP-HKD-CL', name: 'Lệ phí cấp lại Giấy chứng nhận đăng ký hộ kinh doanh' }],
      components: [
        component('GDN', 'Giấy đề nghị cấp lại Giấy chứng nhận đăng ký hộ kinh doanh', 'template_form', {
          template: 'HKD-PL-III-5',
        }),
      ],
      result: 'Giấy chứng nhận đăng ký hộ kinh doanh (cấp lại)',
    }),
  },
  {
    weight: 8,
    codeVerified: true,
    procedure: procedure({
      code: '1.013225',
      name: 'Cấp giấy phép xây dựng mới đối với công trình cấp III, cấp IV (công trình không theo tuyến/theo tuyến trong đô thị/tín ngưỡng, tôn giáo/tượng đài, tranh hoành tráng/quảng cáo) và nhà ở riêng lẻ',
      field: xd,
      durations: { counter: cd(15) },
      fees: [
        charge('LP-GPXD', 'Lệ phí cấp giấy phép xây dựng', 75000, {
          description: `Nhà ở riêng lẻ 75.000 đồng, công trình khác 150.000 đồng. ${PROVINCIAL}`,
        }),
      ],
      components: [
        component('DON', 'Đơn đề nghị cấp giấy phép xây dựng', 'template_form', { template: 'XD-GPXD-01' }),
        component('GTD', 'Bản sao giấy tờ chứng minh quyền sử dụng đất', 'copy'),
        component('BV', 'Bản vẽ thiết kế xây dựng', 'original', { quantity: 2 }),
      ],
      result: 'Giấy phép xây dựng',
      cases: [
        { code: 'NORL', name: 'Nhà ở riêng lẻ', durations: { counter: cd(15) } },
        { code: 'CT34', name: 'Công trình cấp III, cấp IV', durations: { counter: cd(20) } },
      ],
    }),
  },
  {
    weight: 1,
    codeVerified: true,
    procedure: procedure({
      code: '1.013227',
      name: 'Gia hạn giấy phép xây dựng đối với công trình cấp III, cấp IV và nhà ở riêng lẻ',
      field: xd,
      durations: { counter: wd(5) },
      fees: [charge('LP-GHXD', 'Lệ phí gia hạn giấy phép xây dựng', 15000, { description: PROVINCIAL })],
      components: [
        component('DON', 'Đơn đề nghị gia hạn giấy phép xây dựng', 'template_form', {
          template: 'XD-GPXD-02',
        }),
        component('GP', 'Bản chính giấy phép xây dựng đã được cấp', 'original'),
      ],
      result: 'Giấy phép xây dựng được gia hạn',
    }),
  },
  {
    weight: 1,
    codeVerified: true,
    procedure: procedure({
      code: '1.013228',
      name: 'Cấp lại giấy phép xây dựng đối với công trình cấp III, cấp IV và nhà ở riêng lẻ',
      field: xd,
      durations: { counter: wd(5) },
      fees: [charge('LP-CLXD', 'Lệ phí cấp lại giấy phép xây dựng', 15000, { description: PROVINCIAL })],
      components: [
        component('DON', 'Đơn đề nghị cấp lại giấy phép xây dựng', 'template_form', {
          template: 'XD-GPXD-02',
        }),
        component('GP', 'Bản chính giấy phép xây dựng đã được cấp (trường hợp bị rách, nát)', 'original', {
          required: false,
        }),
        ID,
      ],
      result: 'Giấy phép xây dựng được cấp lại',
    }),
  },
];
