/**
 * Chứng thực (certification) at the commune People's Committee — Nghị định 23/2015/NĐ-CP; fees per
 * Thông tư 226/2016/TT-BTC. Same-day procedures ("ngay trong ngày …, hoặc ngày làm việc tiếp theo nếu tiếp
 * nhận sau 15 giờ") are 0 working days with the 15:00 cut-off; contracts, wills and inheritance documents
 * take "không quá 02 ngày làm việc".
 */
import { charge, component, type DemoProcedure, procedure, SAME_DAY, wd } from './build.js';
import { FIELDS } from './fields.js';

const field = FIELDS.certification;

const COPY_FEE = charge('LP-BS', 'Lệ phí chứng thực bản sao từ bản chính', 2000, {
  per: 'trang',
  description:
    'Hai trang đầu 2.000 đồng/trang; từ trang thứ ba trở lên 1.000 đồng/trang; tối đa 200.000 đồng/bản.',
});
const SIGNATURE_FEE = charge('LP-CK', 'Lệ phí chứng thực chữ ký', 10000, { per: 'trường hợp' });
const CONTRACT_FEE = charge('LP-HD', 'Lệ phí chứng thực hợp đồng, giao dịch', 50000, {
  per: 'hợp đồng, giao dịch',
});
const ID = component(
  'GT-TT',
  'Giấy tờ tùy thân (thẻ Căn cước, Căn cước công dân hoặc Hộ chiếu còn giá trị)',
  'original',
);
const REQUEST = component('PYC', 'Phiếu yêu cầu chứng thực', 'template_form', {
  template: 'CT-PYC',
  required: false,
});

export const CERTIFICATION: DemoProcedure[] = [
  {
    weight: 80,
    codeVerified: true,
    procedure: procedure({
      code: '2.000815',
      name: 'Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan, tổ chức có thẩm quyền của Việt Nam; cơ quan, tổ chức có thẩm quyền của nước ngoài; cơ quan, tổ chức có thẩm quyền của Việt Nam liên kết với cơ quan, tổ chức có thẩm quyền của nước ngoài cấp hoặc chứng nhận',
      field,
      durations: { counter: SAME_DAY },
      fourOnSite: true,
      nonTerritorial: true,
      fees: [COPY_FEE],
      components: [
        component('BC', 'Bản chính giấy tờ, văn bản làm cơ sở để chứng thực bản sao', 'original'),
        component(
          'BS',
          'Bản sao cần chứng thực (nếu người yêu cầu chỉ xuất trình bản chính thì cơ quan chụp từ bản chính)',
          'copy',
          { required: false },
        ),
      ],
      result: 'Bản sao được chứng thực từ bản chính',
    }),
  },
  {
    weight: 12,
    codeVerified: true,
    procedure: procedure({
      code: '2.000884',
      name: 'Chứng thực chữ ký trong các giấy tờ, văn bản (áp dụng cho cả trường hợp chứng thực điểm chỉ và trường hợp người yêu cầu chứng thực không thể ký, không thể điểm chỉ được)',
      field,
      durations: { counter: SAME_DAY },
      postalAllowed: false,
      fourOnSite: true,
      nonTerritorial: true,
      fees: [SIGNATURE_FEE],
      components: [ID, component('VB', 'Giấy tờ, văn bản mà mình sẽ ký', 'original')],
      result: 'Giấy tờ, văn bản được chứng thực chữ ký',
    }),
  },
  {
    weight: 1,
    codeVerified: true,
    procedure: procedure({
      code: '2.001008',
      name: 'Chứng thực chữ ký người dịch mà người dịch không phải là cộng tác viên dịch thuật',
      field,
      durations: { counter: SAME_DAY },
      postalAllowed: false,
      fourOnSite: true,
      fees: [charge('LP-CKD', 'Lệ phí chứng thực chữ ký người dịch', 10000, { per: 'trường hợp' })],
      components: [
        ID,
        component('BC-BD', 'Bản chính hoặc bản sao có chứng thực giấy tờ, văn bản cần dịch', 'original'),
        component('BD', 'Bản dịch', 'original'),
        component(
          'BANG',
          'Bằng tốt nghiệp đại học trở lên chuyên ngành ngoại ngữ hoặc văn bằng phù hợp của người dịch',
          'original',
        ),
      ],
      result: 'Bản dịch được chứng thực chữ ký người dịch',
    }),
  },
  {
    weight: 1,
    codeVerified: true,
    procedure: procedure({
      code: '2.000992',
      name: 'Chứng thực chữ ký người dịch mà người dịch là cộng tác viên dịch thuật của Ủy ban nhân dân cấp xã',
      field,
      durations: { counter: SAME_DAY },
      postalAllowed: false,
      fourOnSite: true,
      fees: [charge('LP-CKD', 'Lệ phí chứng thực chữ ký người dịch', 10000, { per: 'trường hợp' })],
      components: [
        component('BC-BD', 'Bản chính hoặc bản sao có chứng thực giấy tờ, văn bản cần dịch', 'original'),
        component('BD', 'Bản dịch', 'original'),
      ],
      result: 'Bản dịch được chứng thực chữ ký người dịch',
    }),
  },
  {
    weight: 3,
    codeVerified: true,
    procedure: procedure({
      code: '2.001035',
      name: 'Chứng thực giao dịch liên quan đến tài sản là động sản, quyền sử dụng đất, nhà ở',
      field,
      durations: { counter: wd(2) },
      postalAllowed: false,
      fees: [CONTRACT_FEE],
      components: [
        REQUEST,
        component('DT', 'Dự thảo hợp đồng, giao dịch', 'original', { quantity: 3 }),
        ID,
        component(
          'GCN',
          'Bản sao giấy chứng nhận quyền sở hữu, quyền sử dụng tài sản hoặc giấy tờ thay thế',
          'copy',
        ),
      ],
      result: 'Hợp đồng, giao dịch được chứng thực',
    }),
  },
  {
    weight: 0.5,
    codeVerified: true,
    procedure: procedure({
      code: '2.000913',
      name: 'Chứng thực việc sửa đổi, bổ sung, hủy bỏ hợp đồng, giao dịch',
      field,
      durations: { counter: wd(2) },
      postalAllowed: false,
      fees: [
        charge('LP-SD', 'Lệ phí chứng thực việc sửa đổi, bổ sung, hủy bỏ hợp đồng, giao dịch', 30000, {
          per: 'hợp đồng, giao dịch',
        }),
      ],
      components: [
        component('DT', 'Dự thảo văn bản sửa đổi, bổ sung, hủy bỏ hợp đồng, giao dịch', 'original', {
          quantity: 3,
        }),
        component('HD', 'Hợp đồng, giao dịch đã được chứng thực', 'original'),
        ID,
      ],
      result: 'Văn bản sửa đổi, bổ sung, hủy bỏ hợp đồng, giao dịch được chứng thực',
    }),
  },
  {
    // Duration: published as "ngay trong ngày" by some communes and "02 ngày làm việc" by others; 2 is used.
    weight: 0.3,
    codeVerified: true,
    procedure: procedure({
      code: '2.000927',
      name: 'Sửa lỗi sai sót trong hợp đồng, giao dịch',
      field,
      durations: { counter: wd(2) },
      postalAllowed: false,
      fees: [
        charge('LP-SL', 'Lệ phí sửa lỗi sai sót trong hợp đồng, giao dịch', 25000, {
          per: 'hợp đồng, giao dịch',
        }),
      ],
      components: [component('HD', 'Hợp đồng, giao dịch đã được chứng thực có lỗi sai sót', 'original'), ID],
      result: 'Hợp đồng, giao dịch được sửa lỗi sai sót',
    }),
  },
  {
    weight: 0.5,
    codeVerified: true,
    procedure: procedure({
      code: '2.000942',
      name: 'Cấp bản sao có chứng thực từ bản chính hợp đồng, giao dịch đã được chứng thực',
      field,
      durations: { counter: SAME_DAY },
      fourOnSite: true,
      fees: [{ ...COPY_FEE, name: 'Lệ phí cấp bản sao có chứng thực' }],
      components: [
        ID,
        component(
          'GTCM',
          'Giấy tờ chứng minh là bên tham gia hợp đồng, giao dịch hoặc người được cấp bản sao',
          'copy',
          { required: false },
        ),
      ],
      result: 'Bản sao có chứng thực hợp đồng, giao dịch',
    }),
  },
  {
    weight: 0.3,
    codeVerified: true,
    procedure: procedure({
      code: '2.001019',
      name: 'Chứng thực di chúc',
      field,
      durations: { counter: wd(2) },
      postalAllowed: false,
      fees: [charge('LP-DC', 'Lệ phí chứng thực di chúc', 50000, { per: 'di chúc' })],
      components: [
        REQUEST,
        component('DC', 'Dự thảo di chúc', 'original'),
        ID,
        component(
          'TS',
          'Bản sao giấy chứng nhận quyền sở hữu, quyền sử dụng tài sản (nếu di chúc liên quan đến tài sản đó)',
          'copy',
          { required: false },
        ),
      ],
      result: 'Di chúc được chứng thực',
    }),
  },
  {
    // Code from a commune's published answers only; not cross-checked with the national portal.
    weight: 0.3,
    codeVerified: false,
    procedure: procedure({
      code: '2.001016',
      name: 'Chứng thực văn bản từ chối nhận di sản',
      field,
      durations: { counter: wd(2) },
      postalAllowed: false,
      fees: [charge('LP-TC', 'Lệ phí chứng thực văn bản từ chối nhận di sản', 50000, { per: 'văn bản' })],
      components: [component('VB', 'Dự thảo văn bản từ chối nhận di sản', 'original'), ID],
      result: 'Văn bản từ chối nhận di sản được chứng thực',
    }),
  },
  {
    // Name matched to the portal entry "Chứng thực văn bản phân chia di sản …" with moderate confidence.
    weight: 0.6,
    codeVerified: false,
    procedure: procedure({
      code: '2.001406',
      name: 'Chứng thực văn bản thỏa thuận phân chia di sản mà di sản là động sản, quyền sử dụng đất, nhà ở',
      field,
      durations: { counter: wd(2) },
      postalAllowed: false,
      fees: [
        charge('LP-PC', 'Lệ phí chứng thực văn bản thỏa thuận phân chia di sản', 50000, { per: 'văn bản' }),
      ],
      components: [
        component('VB', 'Dự thảo văn bản thỏa thuận phân chia di sản', 'original'),
        ID,
        component('GCT', 'Bản sao Giấy chứng tử hoặc trích lục khai tử của người để lại di sản', 'copy'),
        component(
          'QH',
          'Giấy tờ chứng minh quan hệ giữa người để lại di sản và người được hưởng di sản',
          'copy',
        ),
        component('GCN', 'Bản sao giấy chứng nhận quyền sở hữu, quyền sử dụng tài sản', 'copy'),
      ],
      result: 'Văn bản thỏa thuận phân chia di sản được chứng thực',
    }),
  },
  {
    weight: 0.5,
    codeVerified: true,
    procedure: procedure({
      code: '2.000908',
      name: 'Cấp bản sao từ sổ gốc',
      field,
      durations: { counter: SAME_DAY },
      onlineLevel: 'full',
      fourOnSite: true,
      components: [
        ID,
        component(
          'GUQ',
          'Giấy tờ chứng minh quan hệ hoặc văn bản ủy quyền (nếu yêu cầu cấp bản sao cho người khác)',
          'copy',
          { required: false },
        ),
      ],
      result: 'Bản sao được cấp từ sổ gốc',
    }),
  },
];
