/**
 * Hộ tịch (civil status) at the commune — Luật Hộ tịch 2014, Nghị định 123/2015/NĐ-CP (as amended);
 * forms per Thông tư 04/2020/TT-BTP (template codes below are MotCua short codes, not the official form
 * numbers). Charges (lệ phí hộ tịch) are set by each provincial People's Council (TT 85/2019/TT-BTC):
 * amounts marked "minh họa" are illustrative. Birth and death registration on time, marriage between
 * Vietnamese residents and guardianship are exempt by law (Luật Hộ tịch Art 11).
 */
import { agency, charge, component, type DemoProcedure, procedure, SAME_DAY, wd } from './build.js';
import { FIELDS } from './fields.js';

const field = FIELDS.civilStatus;
const ID = component(
  'GT-TT',
  'Giấy tờ tùy thân của người yêu cầu (hoặc thông tin định danh điện tử)',
  'original',
);
const PROVINCIAL = 'Mức do Hội đồng nhân dân cấp tỉnh quy định (giá trị minh họa)';
const POOR_EXEMPT =
  'Miễn lệ phí đối với người thuộc gia đình có công với cách mạng, người thuộc hộ nghèo, người khuyết tật';

export const CIVIL_STATUS: DemoProcedure[] = [
  {
    weight: 30,
    codeVerified: true,
    procedure: procedure({
      code: '1.001193',
      name: 'Đăng ký khai sinh',
      field,
      durations: { counter: SAME_DAY },
      onlineLevel: 'full',
      fees: [
        charge('LP-KS', 'Lệ phí đăng ký khai sinh', 0, {
          exemptions: 'Miễn lệ phí đăng ký khai sinh đúng hạn',
        }),
      ],
      components: [
        component('TK', 'Tờ khai đăng ký khai sinh', 'template_form', { template: 'HT-TK-KS' }),
        component('GCS', 'Giấy chứng sinh hoặc giấy tờ thay thế Giấy chứng sinh', 'original'),
        ID,
      ],
      result: 'Giấy khai sinh (bản chính) và Trích lục khai sinh',
    }),
  },
  {
    weight: 12,
    codeVerified: true,
    procedure: procedure({
      code: '1.000894',
      name: 'Đăng ký kết hôn',
      field,
      durations: { counter: SAME_DAY },
      postalAllowed: false,
      fees: [
        charge('LP-KH', 'Lệ phí đăng ký kết hôn', 0, {
          exemptions: 'Miễn lệ phí đăng ký kết hôn giữa công dân Việt Nam cư trú trong nước',
        }),
      ],
      components: [
        component('TK', 'Tờ khai đăng ký kết hôn', 'template_form', { template: 'HT-TK-KH' }),
        component(
          'XNHN',
          'Giấy xác nhận tình trạng hôn nhân (nếu đăng ký tại nơi không phải nơi thường trú)',
          'original',
          { required: false },
        ),
        ID,
      ],
      result: 'Giấy chứng nhận kết hôn',
      cases: [
        { code: 'TH1', name: 'Đủ điều kiện kết hôn, không phải xác minh', durations: { counter: SAME_DAY } },
        { code: 'TH2', name: 'Cần xác minh điều kiện kết hôn', durations: { counter: wd(5) } },
      ],
    }),
  },
  {
    weight: 8,
    codeVerified: true,
    procedure: procedure({
      code: '1.000656',
      name: 'Đăng ký khai tử',
      field,
      durations: { counter: SAME_DAY },
      onlineLevel: 'full',
      fees: [
        charge('LP-KT', 'Lệ phí đăng ký khai tử', 0, { exemptions: 'Miễn lệ phí đăng ký khai tử đúng hạn' }),
      ],
      components: [
        component('TK', 'Tờ khai đăng ký khai tử', 'template_form', { template: 'HT-TK-KT' }),
        component('GBT', 'Giấy báo tử hoặc giấy tờ thay thế Giấy báo tử', 'original'),
        ID,
      ],
      result: 'Trích lục khai tử',
      cases: [
        { code: 'TH1', name: 'Không phải xác minh', durations: { counter: SAME_DAY } },
        { code: 'TH2', name: 'Cần xác minh', durations: { counter: wd(3) } },
      ],
    }),
  },
  {
    weight: 3,
    codeVerified: true,
    procedure: procedure({
      code: '1.004884',
      name: 'Đăng ký lại khai sinh',
      field,
      durations: { counter: wd(5) },
      fees: [
        charge('LP-DLKS', 'Lệ phí đăng ký lại khai sinh', 5000, {
          description: PROVINCIAL,
          exemptions: POOR_EXEMPT,
        }),
      ],
      components: [
        component('TK', 'Tờ khai đăng ký lại khai sinh', 'template_form', { template: 'HT-TK-DLKS' }),
        component(
          'GT',
          'Bản sao giấy tờ, tài liệu có nội dung liên quan đến việc đăng ký lại khai sinh',
          'copy',
        ),
        ID,
      ],
      result: 'Giấy khai sinh (bản chính) và Trích lục khai sinh',
    }),
  },
  {
    weight: 1,
    codeVerified: true,
    procedure: procedure({
      code: '1.004746',
      name: 'Đăng ký lại kết hôn',
      field,
      durations: { counter: wd(5) },
      postalAllowed: false,
      fees: [
        charge('LP-DLKH', 'Lệ phí đăng ký lại kết hôn', 5000, {
          description: PROVINCIAL,
          exemptions: POOR_EXEMPT,
        }),
      ],
      components: [
        component('TK', 'Tờ khai đăng ký lại kết hôn', 'template_form', { template: 'HT-TK-DLKH' }),
        component(
          'GT',
          'Bản sao giấy tờ, tài liệu có nội dung liên quan đến việc đăng ký lại kết hôn',
          'copy',
        ),
        ID,
      ],
      result: 'Giấy chứng nhận kết hôn',
    }),
  },
  {
    weight: 1,
    codeVerified: true,
    procedure: procedure({
      code: '1.005461',
      name: 'Đăng ký lại khai tử',
      field,
      durations: { counter: wd(5) },
      fees: [
        charge('LP-DLKT', 'Lệ phí đăng ký lại khai tử', 5000, {
          description: PROVINCIAL,
          exemptions: POOR_EXEMPT,
        }),
      ],
      components: [
        component('TK', 'Tờ khai đăng ký lại khai tử', 'template_form', { template: 'HT-TK-DLKT' }),
        component('GT', 'Bản sao Giấy chứng tử trước đây hoặc giấy tờ liên quan đến việc khai tử', 'copy'),
        ID,
      ],
      result: 'Trích lục khai tử',
    }),
  },
  {
    weight: 15,
    codeVerified: true,
    procedure: procedure({
      code: '1.004873',
      name: 'Cấp Giấy xác nhận tình trạng hôn nhân',
      field,
      durations: { counter: wd(3) },
      onlineLevel: 'full',
      fees: [
        charge('LP-XNHN', 'Lệ phí cấp Giấy xác nhận tình trạng hôn nhân', 3000, {
          description: PROVINCIAL,
          exemptions: POOR_EXEMPT,
        }),
      ],
      components: [
        component('TK', 'Tờ khai cấp Giấy xác nhận tình trạng hôn nhân', 'template_form', {
          template: 'HT-TK-XNHN',
        }),
        component('LH', 'Bản án, quyết định ly hôn hoặc giấy chứng tử (nếu đã từng kết hôn)', 'copy', {
          required: false,
        }),
        ID,
      ],
      result: 'Giấy xác nhận tình trạng hôn nhân',
    }),
  },
  {
    weight: 4,
    codeVerified: true,
    procedure: procedure({
      code: '1.004859',
      name: 'Thay đổi, cải chính, bổ sung thông tin hộ tịch, xác định lại dân tộc',
      field,
      durations: { counter: wd(3) },
      fees: [
        charge('LP-CC', 'Lệ phí thay đổi, cải chính, bổ sung thông tin hộ tịch', 15000, {
          description: PROVINCIAL,
          exemptions: POOR_EXEMPT,
        }),
      ],
      components: [
        component('TK', 'Tờ khai đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch', 'template_form', {
          template: 'HT-TK-CC',
        }),
        component('GT', 'Giấy tờ làm căn cứ thay đổi, cải chính, bổ sung thông tin hộ tịch', 'copy'),
        ID,
      ],
      result: 'Trích lục thay đổi, cải chính, bổ sung thông tin hộ tịch',
      cases: [
        { code: 'TH1', name: 'Không phải xác minh', durations: { counter: wd(3) } },
        {
          code: 'TH2',
          name: 'Cần xác minh (kéo dài không quá 03 ngày làm việc)',
          durations: { counter: wd(6) },
        },
      ],
    }),
  },
  {
    weight: 20,
    codeVerified: true,
    procedure: procedure({
      code: '2.000635',
      name: 'Cấp bản sao Trích lục hộ tịch, bản sao Giấy khai sinh',
      field,
      durations: { counter: SAME_DAY },
      onlineLevel: 'full',
      fourOnSite: true,
      nonTerritorial: true,
      fees: [
        { ...charge('P-BSTL', 'Phí cấp bản sao trích lục hộ tịch', 8000, { per: 'bản sao' }), kind: 'fee' },
      ],
      components: [
        component('TK', 'Tờ khai cấp bản sao trích lục hộ tịch', 'template_form', { template: 'HT-TK-BSTL' }),
        ID,
      ],
      result: 'Bản sao Trích lục hộ tịch',
    }),
  },
  {
    weight: 1,
    codeVerified: true,
    procedure: procedure({
      code: '1.001022',
      name: 'Đăng ký nhận cha, mẹ, con',
      field,
      durations: { counter: wd(3) },
      postalAllowed: false,
      fees: [
        charge('LP-NCMC', 'Lệ phí đăng ký nhận cha, mẹ, con', 10000, {
          description: PROVINCIAL,
          exemptions: POOR_EXEMPT,
        }),
      ],
      components: [
        component('TK', 'Tờ khai đăng ký nhận cha, mẹ, con', 'template_form', { template: 'HT-TK-NCMC' }),
        component('CC', 'Văn bản hoặc chứng cứ chứng minh quan hệ cha, mẹ, con', 'original'),
        ID,
      ],
      result: 'Trích lục đăng ký nhận cha, mẹ, con',
      cases: [
        { code: 'TH1', name: 'Không phải xác minh', durations: { counter: wd(3) } },
        {
          code: 'TH2',
          name: 'Cần xác minh (kéo dài không quá 05 ngày làm việc)',
          durations: { counter: wd(8) },
        },
      ],
    }),
  },
  {
    weight: 1,
    codeVerified: true,
    procedure: procedure({
      code: '1.000689',
      name: 'Đăng ký khai sinh kết hợp nhận cha, mẹ, con',
      field,
      durations: { counter: wd(3) },
      postalAllowed: false,
      fees: [
        charge('LP-KSNC', 'Lệ phí đăng ký nhận cha, mẹ, con', 10000, {
          description: PROVINCIAL,
          exemptions: POOR_EXEMPT,
        }),
      ],
      components: [
        component('TK', 'Tờ khai đăng ký khai sinh và Tờ khai đăng ký nhận cha, mẹ, con', 'template_form', {
          template: 'HT-TK-KSNC',
        }),
        component('GCS', 'Giấy chứng sinh hoặc giấy tờ thay thế Giấy chứng sinh', 'original'),
        component('CC', 'Văn bản hoặc chứng cứ chứng minh quan hệ cha, mẹ, con', 'original'),
        ID,
      ],
      result: 'Giấy khai sinh và Trích lục đăng ký nhận cha, mẹ, con',
    }),
  },
  {
    weight: 0.5,
    codeVerified: true,
    procedure: procedure({
      code: '1.004837',
      name: 'Đăng ký giám hộ',
      field,
      durations: { counter: wd(3) },
      fees: [charge('LP-GH', 'Lệ phí đăng ký giám hộ', 0, { exemptions: 'Miễn lệ phí đăng ký giám hộ' })],
      components: [
        component('TK', 'Tờ khai đăng ký giám hộ', 'template_form', { template: 'HT-TK-GH' }),
        component(
          'VB',
          'Văn bản cử người giám hộ hoặc giấy tờ chứng minh điều kiện giám hộ đương nhiên',
          'original',
        ),
        ID,
      ],
      result: 'Trích lục đăng ký giám hộ',
    }),
  },
  {
    weight: 0.3,
    codeVerified: true,
    procedure: procedure({
      code: '1.004845',
      name: 'Đăng ký chấm dứt giám hộ',
      field,
      durations: { counter: wd(2) },
      fees: [charge('LP-CDGH', 'Lệ phí đăng ký chấm dứt giám hộ', 0, { exemptions: 'Miễn lệ phí' })],
      components: [
        component('TK', 'Tờ khai đăng ký chấm dứt giám hộ', 'template_form', { template: 'HT-TK-CDGH' }),
        component('GT', 'Giấy tờ làm căn cứ chấm dứt giám hộ', 'copy'),
        ID,
      ],
      result: 'Trích lục đăng ký chấm dứt giám hộ',
    }),
  },
  {
    // Commune level since 01/07/2025 (formerly district). Duration after Nghị định 120/2025 taken as
    // 10 working days; the charge is provincial (illustrative).
    weight: 0.5,
    codeVerified: true,
    procedure: procedure({
      code: '2.000806',
      name: 'Đăng ký kết hôn có yếu tố nước ngoài',
      field,
      durations: { counter: wd(10) },
      postalAllowed: false,
      fees: [
        charge('LP-KHNN', 'Lệ phí đăng ký kết hôn có yếu tố nước ngoài', 1000000, {
          description: PROVINCIAL,
        }),
      ],
      components: [
        component('TK', 'Tờ khai đăng ký kết hôn', 'template_form', { template: 'HT-TK-KH' }),
        component(
          'XNHN',
          'Giấy tờ chứng minh tình trạng hôn nhân của người nước ngoài (đã hợp pháp hóa lãnh sự, dịch)',
          'certified_copy',
        ),
        component(
          'KSK',
          'Giấy xác nhận không mắc bệnh tâm thần hoặc bệnh khác làm mất khả năng nhận thức',
          'original',
          { quantity: 2 },
        ),
        component(
          'HC',
          'Bản sao hộ chiếu hoặc giấy tờ có giá trị thay hộ chiếu của người nước ngoài',
          'copy',
        ),
      ],
      result: 'Giấy chứng nhận kết hôn',
    }),
  },
  {
    // Inter-agency bundle (liên thông): code as listed on a provincial DVCQG page; another list uses 3.000722.
    weight: 4,
    codeVerified: false,
    procedure: procedure({
      code: '2.000986',
      name: 'Liên thông các thủ tục hành chính: đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi',
      field,
      durations: { counter: wd(3) },
      onlineLevel: 'full',
      fees: [
        charge('LP-KS', 'Lệ phí đăng ký khai sinh', 0, {
          exemptions: 'Miễn lệ phí đăng ký khai sinh đúng hạn',
        }),
      ],
      components: [
        component('TK', 'Tờ khai đăng ký khai sinh', 'template_form', { template: 'HT-TK-KS' }),
        component('TKCT', 'Tờ khai thay đổi thông tin cư trú', 'template_form', { template: 'CT01' }),
        component('GCS', 'Giấy chứng sinh hoặc giấy tờ thay thế Giấy chứng sinh', 'original'),
      ],
      result: 'Giấy khai sinh; xác nhận đăng ký thường trú; thẻ bảo hiểm y tế',
      agencies: [
        agency('CA-XA', 'Công an xã', [
          ['Kiểm tra, cập nhật thông tin thường trú', 'appraise', 6],
          ['Phê duyệt đăng ký thường trú', 'approve', 2],
        ]),
        agency('BHXH', 'Bảo hiểm xã hội cơ sở', [
          ['Cấp mã số, in thẻ bảo hiểm y tế', 'issue', 6],
          ['Chuyển thẻ về Bộ phận Một cửa', 'return', 2],
        ]),
      ],
    }),
  },
];
