/**
 * Fields (lĩnh vực) of the demo catalog and their share of dossiers.
 *
 * Field codes are MotCua demo codes — `<ministry>-<field>` in the shape of TT 01/2018 Art 20 — not the
 * official catalogue codes, which were not obtained (legal-rules §7.2, §14.1). Ministries after the 2025
 * reorganisation: TP Tư pháp, NV Nội vụ (người có công), YT Y tế (bảo trợ xã hội), NNMT Nông nghiệp và
 * Môi trường (đất đai), TC Tài chính (hộ kinh doanh), XD Xây dựng, GDDT Giáo dục và Đào tạo,
 * VHTTDL Văn hóa, Thể thao và Du lịch.
 */
import type { Field } from '../../domain/catalog/types.js';

export const FIELDS = {
  certification: { code: 'TP-CT', name: 'Chứng thực' },
  civilStatus: { code: 'TP-HT', name: 'Hộ tịch' },
  mediation: { code: 'TP-HGCS', name: 'Hòa giải ở cơ sở' },
  meritorious: { code: 'NV-NCC', name: 'Người có công' },
  socialProtection: { code: 'YT-BTXH', name: 'Bảo trợ xã hội' },
  land: { code: 'NNMT-DD', name: 'Đất đai' },
  householdBusiness: { code: 'TC-HKD', name: 'Thành lập và hoạt động của hộ kinh doanh' },
  construction: { code: 'XD-HDXD', name: 'Hoạt động xây dựng' },
  education: { code: 'GDDT-GDMN', name: 'Giáo dục mầm non' },
  culture: { code: 'VHTTDL-VHCS', name: 'Văn hóa cơ sở' },
} as const satisfies Record<string, Field>;

/**
 * Dossiers per field, after seed 003 (a Hải Phòng commune, 01–22/01/2026, 845 dossiers: chứng thực 646,
 * hộ tịch 147, người có công 12, bảo trợ xã hội 3, đất đai 12, hộ kinh doanh 25) — about ¾ certification
 * and ⅙ civil status. Fields absent from the seed get small shares.
 */
export const FIELD_WEIGHTS: Record<string, number> = {
  [FIELDS.certification.code]: 646,
  [FIELDS.civilStatus.code]: 147,
  [FIELDS.meritorious.code]: 12,
  [FIELDS.socialProtection.code]: 3,
  [FIELDS.land.code]: 12,
  [FIELDS.householdBusiness.code]: 25,
  [FIELDS.construction.code]: 4,
  [FIELDS.education.code]: 1,
  [FIELDS.culture.code]: 1,
  [FIELDS.mediation.code]: 1,
};
