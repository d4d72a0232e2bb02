// Navigation of the officer shell, grouped by area; an item is shown when the account has one of
// its permissions (an empty list means everyone).

export type NavItem = { to: string; label: string; any: readonly string[]; description: string };
export type NavGroup = { label: string; items: readonly NavItem[] };

export const NAV_GROUPS: readonly NavGroup[] = [
  {
    label: 'Chung',
    items: [{ to: '/', label: 'Bàn làm việc', any: [], description: 'Tổng quan công việc của bạn' }],
  },
  {
    label: 'Hồ sơ thủ tục hành chính',
    items: [
      {
        to: '/tiep-nhan',
        label: 'Tiếp nhận hồ sơ',
        any: ['dossiers:receive'],
        description: 'Tiếp nhận hồ sơ tại quầy, in giấy hẹn trả kết quả',
      },
      {
        to: '/ho-so',
        label: 'Hồ sơ',
        any: ['dossiers:read', 'dossiers:process', 'dossiers:receive'],
        description: 'Hàng việc, tra cứu và xử lý hồ sơ',
      },
      {
        to: '/dong-bo-dvcqg',
        label: 'Đồng bộ Cổng DVCQG',
        any: ['dossiers:read'],
        description: 'Thay đổi hồ sơ đã gửi, đang chờ, lỗi khi gửi lên Cổng Dịch vụ công quốc gia',
      },
      {
        to: '/phan-anh-kien-nghi',
        label: 'Phản ánh, kiến nghị',
        any: ['feedback:handle'],
        description: 'Tiếp nhận, trả lời phản ánh, kiến nghị; đánh giá mức độ hài lòng',
      },
    ],
  },
  {
    label: 'Thống kê, báo cáo',
    items: [
      {
        to: '/bang-dieu-hanh',
        label: 'Bảng điều hành',
        any: ['reports:read'],
        description: 'Tiếp nhận hôm nay, hồ sơ sắp đến hạn, quá hạn, tỷ lệ đúng hạn — cập nhật trực tiếp',
      },
      {
        to: '/bao-cao',
        label: 'Báo cáo',
        any: ['reports:read'],
        description: 'Tình hình, kết quả giải quyết hồ sơ (Biểu II.06a), xuất Excel, Word',
      },
      {
        to: '/doi-soat',
        label: 'Đối soát dữ liệu',
        any: ['reports:read'],
        description: 'Số hồ sơ theo trạng thái ở hệ thống nguồn, Một cửa và Cổng DVCQG; hồ sơ chênh lệch',
      },
    ],
  },
  {
    label: 'Tổ chức và tài khoản',
    items: [
      {
        to: '/quan-tri/don-vi',
        label: 'Đơn vị hành chính',
        any: ['units:manage'],
        description: 'Đơn vị, phòng chuyên môn và quầy tiếp nhận',
      },
      {
        to: '/quan-tri/nguoi-dung',
        label: 'Người dùng',
        any: ['users:manage'],
        description: 'Tài khoản cán bộ, phân quyền, điều chuyển',
      },
      {
        to: '/quan-tri/ma-truy-cap',
        label: 'Mã truy cập API',
        any: ['tokens:manage'],
        description: 'Kết nối với các hệ thống khác',
      },
      {
        to: '/quan-tri/he-thong-nguon/nhap-tep',
        label: 'Nhập hồ sơ từ tệp',
        any: ['tokens:manage'],
        description: 'Nhập tệp CSV, Excel xuất từ hệ thống khác',
      },
    ],
  },
  {
    label: 'Thủ tục hành chính',
    items: [
      {
        to: '/quan-tri/thu-tuc',
        label: 'Danh mục thủ tục',
        any: ['catalog:manage'],
        description: 'Phiên bản, thời hạn và quy trình xử lý của từng thủ tục',
      },
    ],
  },
  {
    label: 'Lịch và thời hạn',
    items: [
      {
        to: '/quan-tri/lich-lam-viec',
        label: 'Lịch làm việc',
        any: ['calendar:read', 'calendar:manage'],
        description: 'Ngày nghỉ lễ, nghỉ bù, tính hạn giải quyết',
      },
    ],
  },
  {
    label: 'Giám sát',
    items: [
      {
        to: '/quan-tri/nhat-ky',
        label: 'Nhật ký hệ thống',
        any: ['audit:read'],
        description: 'Ai đã làm gì, lúc nào',
      },
    ],
  },
];
