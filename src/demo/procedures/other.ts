/** Giáo dục, văn hóa and hòa giải ở cơ sở at the commune. */
import { component, type DemoProcedure, procedure, wd } from './build.js';
import { FIELDS } from './fields.js';

export const OTHER: DemoProcedure[] = [
  {
    // Code as matched on the national portal ("Cho phép trường mẫu giáo, trường mầm non, nhà trẻ hoạt động
    // giáo dục"); 20 working days per Nghị định 46/2017/NĐ-CP (as amended).
    weight: 1,
    codeVerified: true,
    procedure: procedure({
      code: '2.002894',
      name: 'Cho phép trường mẫu giáo, trường mầm non, nhà trẻ hoạt động giáo dục',
      field: FIELDS.education,
      durations: { counter: wd(20) },
      components: [
        component('TT', 'Tờ trình đề nghị cho phép hoạt động giáo dục', 'original'),
        component('QD', 'Bản sao quyết định thành lập hoặc cho phép thành lập', 'copy'),
        component('DS', 'Danh sách cán bộ quản lý, giáo viên, nhân viên và hồ sơ kèm theo', 'original'),
      ],
      result: 'Quyết định cho phép hoạt động giáo dục',
    }),
  },
  {
    // UNVERIFIED code: plausible format only; the national code of the post-2023 procedure was not found.
    weight: 1,
    codeVerified: false,
    procedure: procedure({
      code: '1.000954',
      name: 'Xét tặng Giấy khen "Gia đình văn hóa"',
      field: FIELDS.culture,
      durations: { counter: wd(15) },
      onlineLevel: 'none',
      components: [
        component('DS', 'Danh sách đề nghị của Trưởng thôn, tổ dân phố kèm biên bản họp', 'original'),
      ],
      result: 'Quyết định tặng Giấy khen "Gia đình văn hóa"',
    }),
  },
  {
    // Duration illustrative (3 working days).
    weight: 1,
    codeVerified: true,
    procedure: procedure({
      code: '2.000950',
      name: 'Công nhận tổ trưởng tổ hòa giải',
      field: FIELDS.mediation,
      durations: { counter: wd(3) },
      onlineLevel: 'none',
      components: [component('BB', 'Biên bản bầu tổ trưởng tổ hòa giải', 'original')],
      result: 'Quyết định công nhận tổ trưởng tổ hòa giải',
    }),
  },
  {
    // Duration illustrative (3 working days).
    weight: 1,
    codeVerified: true,
    procedure: procedure({
      code: '2.000930',
      name: 'Thôi làm hòa giải viên',
      field: FIELDS.mediation,
      durations: { counter: wd(3) },
      onlineLevel: 'none',
      components: [component('VB', 'Văn bản đề nghị cho thôi làm hòa giải viên', 'original')],
      result: 'Quyết định thôi làm hòa giải viên',
    }),
  },
];
