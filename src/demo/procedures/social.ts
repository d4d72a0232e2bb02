/**
 * Người có công (Nội vụ) and bảo trợ xã hội (Y tế) at the commune after 01/07/2025, when the commune took
 * over most district tasks. Durations of the post-reform versions were not retrieved from the national
 * database; the values below follow provincial publications and are marked where uncertain.
 */
import { agency, component, type DemoProcedure, procedure, wd } from './build.js';
import { FIELDS } from './fields.js';

const ncc = FIELDS.meritorious;
const btxh = FIELDS.socialProtection;
const ID = component(
  'GT-TT',
  'Giấy tờ tùy thân của người đề nghị (hoặc thông tin định danh điện tử)',
  'original',
);

const SO_NOI_VU = () =>
  agency('SNV', 'Sở Nội vụ', [
    ['Thẩm định hồ sơ', 'appraise', 32],
    ['Ban hành quyết định', 'approve', 8],
  ]);

export const SOCIAL: DemoProcedure[] = [
  {
    // Name and duration after the 2025 transfer to the commune are not confirmed (illustrative 12 days).
    weight: 4,
    codeVerified: true,
    procedure: procedure({
      code: '1.010803',
      name: 'Giải quyết chế độ trợ cấp thờ cúng liệt sĩ',
      field: ncc,
      durations: { counter: wd(12) },
      components: [
        component('DON', 'Đơn đề nghị giải quyết chế độ trợ cấp thờ cúng liệt sĩ', 'template_form', {
          template: 'NCC-M08',
        }),
        component('UQ', 'Văn bản ủy quyền của thân nhân liệt sĩ (nếu có)', 'original', { required: false }),
        ID,
      ],
      result: 'Quyết định trợ cấp thờ cúng liệt sĩ',
      agencies: [SO_NOI_VU()],
    }),
  },
  {
    // Inter-agency with the provincial Department of Home Affairs; duration illustrative.
    weight: 5,
    codeVerified: true,
    procedure: procedure({
      code: '2.002307',
      name: 'Giải quyết chế độ mai táng phí đối với cựu chiến binh',
      field: ncc,
      durations: { counter: wd(10) },
      components: [
        component('TK', 'Bản khai của thân nhân hoặc người tổ chức mai táng', 'template_form', {
          template: 'NCC-MT',
        }),
        component('GCT', 'Bản sao Giấy chứng tử hoặc trích lục khai tử', 'copy'),
        component('GT', 'Giấy tờ chứng minh là cựu chiến binh', 'copy'),
      ],
      result: 'Quyết định hưởng chế độ mai táng phí',
      agencies: [
        agency('SNV', 'Sở Nội vụ', [
          ['Thẩm định hồ sơ', 'appraise', 24],
          ['Ban hành quyết định', 'approve', 8],
        ]),
      ],
    }),
  },
  {
    // Code from a tested list of commune procedures; exact published name not confirmed.
    weight: 3,
    codeVerified: false,
    procedure: procedure({
      code: '1.010833',
      name: 'Cấp giấy xác nhận thân nhân của người có công',
      field: ncc,
      durations: { counter: wd(5) },
      onlineLevel: 'full',
      components: [
        component('DON', 'Đơn đề nghị xác nhận thân nhân của người có công', 'template_form', {
          template: 'NCC-XNTN',
        }),
        ID,
      ],
      result: 'Giấy xác nhận thân nhân của người có công',
    }),
  },
  {
    // After 07/2025 the commune chairman decides; duration illustrative (10 working days).
    weight: 3,
    codeVerified: true,
    procedure: procedure({
      code: '1.001776',
      name: 'Thực hiện, điều chỉnh, thôi hưởng trợ cấp xã hội hàng tháng, hỗ trợ kinh phí chăm sóc, nuôi dưỡng hàng tháng',
      field: btxh,
      durations: { counter: wd(10) },
      components: [
        component('TK', 'Tờ khai đề nghị trợ giúp xã hội', 'template_form', { template: 'BTXH-1a' }),
        component('GXNKT', 'Giấy xác nhận khuyết tật (đối với người khuyết tật)', 'copy', {
          required: false,
        }),
        ID,
      ],
      result: 'Quyết định trợ cấp xã hội hàng tháng',
    }),
  },
  {
    weight: 2,
    codeVerified: true,
    procedure: procedure({
      code: '1.001699',
      name: 'Xác định, xác định lại mức độ khuyết tật và cấp Giấy xác nhận khuyết tật',
      field: btxh,
      durations: { counter: wd(25) },
      components: [
        component('DON', 'Đơn đề nghị xác định, xác định lại mức độ khuyết tật', 'template_form', {
          template: 'KT-01',
        }),
        component(
          'HS',
          'Bản sao các giấy tờ liên quan đến khuyết tật (bệnh án, giấy tờ khám, điều trị …)',
          'copy',
          { required: false },
        ),
        ID,
      ],
      result: 'Giấy xác nhận khuyết tật',
      cases: [
        {
          code: 'TH1',
          name: 'Hội đồng xác định mức độ khuyết tật xác định',
          durations: { counter: wd(25) },
          process: [
            {
              code: 'B1',
              name: 'Tiếp nhận, kiểm tra hồ sơ',
              kind: 'receive',
              role: 'receiving_officer',
              agencyCode: null,
              allotted: { amount: 4, unit: 'working_hours' },
            },
            {
              code: 'B2',
              name: 'Phân công xử lý',
              kind: 'assign',
              role: 'department_head',
              agencyCode: null,
              allotted: { amount: 4, unit: 'working_hours' },
            },
            {
              code: 'B3',
              name: 'Triệu tập Hội đồng, thông báo thời gian, địa điểm',
              kind: 'appraise',
              role: 'processing_officer',
              agencyCode: null,
              allotted: { amount: 3, unit: 'working_days' },
            },
            {
              code: 'B4',
              name: 'Hội đồng xác định mức độ khuyết tật',
              kind: 'consult',
              role: 'processing_officer',
              agencyCode: null,
              allotted: { amount: 18, unit: 'working_days' },
            },
            {
              code: 'B5',
              name: 'Ký Giấy xác nhận khuyết tật',
              kind: 'approve',
              role: 'signing_leader',
              agencyCode: null,
              allotted: { amount: 4, unit: 'working_hours' },
            },
            {
              code: 'B6',
              name: 'Vào sổ, đóng dấu',
              kind: 'issue',
              role: 'clerk',
              agencyCode: null,
              allotted: { amount: 2, unit: 'working_hours' },
            },
            {
              code: 'B7',
              name: 'Trả kết quả',
              kind: 'return',
              role: 'receiving_officer',
              agencyCode: null,
              allotted: { amount: 2, unit: 'working_hours' },
            },
          ],
        },
      ],
    }),
  },
  {
    weight: 1,
    codeVerified: true,
    procedure: procedure({
      code: '1.001653',
      name: 'Đổi, cấp lại Giấy xác nhận khuyết tật',
      field: btxh,
      durations: { counter: wd(5) },
      components: [
        component('DON', 'Đơn đề nghị đổi, cấp lại Giấy xác nhận khuyết tật', 'template_form', {
          template: 'KT-02',
        }),
        ID,
      ],
      result: 'Giấy xác nhận khuyết tật',
    }),
  },
  {
    // Duration illustrative (3 working days).
    weight: 1,
    codeVerified: true,
    procedure: procedure({
      code: '1.001731',
      name: 'Hỗ trợ chi phí mai táng cho đối tượng bảo trợ xã hội',
      field: btxh,
      durations: { counter: wd(3) },
      components: [
        component('TK', 'Tờ khai đề nghị hỗ trợ chi phí mai táng', 'template_form', { template: 'BTXH-MT' }),
        component('GCT', 'Bản sao Giấy chứng tử hoặc trích lục khai tử', 'copy'),
      ],
      result: 'Quyết định hỗ trợ chi phí mai táng',
    }),
  },
  {
    // New in 2025 (trợ cấp hưu trí xã hội); duration illustrative (10 working days).
    weight: 2,
    codeVerified: true,
    procedure: procedure({
      code: '1.014027',
      name: 'Thực hiện, điều chỉnh, thôi hưởng trợ cấp hưu trí xã hội',
      field: btxh,
      durations: { counter: wd(10) },
      onlineLevel: 'full',
      components: [
        component('TK', 'Tờ khai đề nghị hưởng trợ cấp hưu trí xã hội', 'template_form', {
          template: 'HTXH-01',
        }),
        ID,
      ],
      result: 'Quyết định hưởng trợ cấp hưu trí xã hội',
    }),
  },
];
