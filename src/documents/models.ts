/**
 * View models of the six standard forms (TT 01/2018/TT-VPCP, legal-rules §6). The caller assembles them from
 * its own data; rendering needs nothing else (no database, no clock, no network). Strings are printed as given
 * (Vietnamese, already formatted); instants are `Date` or epoch milliseconds and are printed in Vietnam time.
 */
import type { FinishedClassification } from '../domain/calendar/index.js';

/** An instant: a `Date` or epoch milliseconds. */
export type DateInput = Date | number;

/** Paper for forms 01–04 (A5 by default; A4 when the office prints on A4). */
export type PaperSize = 'A5' | 'A4';

/** The national header block shared by every form. */
export interface FormHeader {
  /** Superior body, first line on the left, e.g. `UBND TỈNH LẠNG SƠN` (optional). */
  readonly superior?: string;
  /** The issuing body, bold on the left, e.g. `UBND XÃ HỮU LŨNG` or `TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG`. */
  readonly issuer: string;
  /** Document number under the issuer, e.g. `Số: 15/PXL-UBND` (optional). */
  readonly documentNumber?: string;
  /** Place in the date line, e.g. `Lạng Sơn`. */
  readonly place: string;
  /** Date of the document (the date line and the PDF creation date). */
  readonly issuedAt: DateInput;
}

/** A citizen or organisation as printed on a form. */
export interface PartyInfo {
  readonly name: string;
  readonly address?: string;
  readonly phone?: string;
  readonly email?: string;
  /** CCCD / passport number, or tax code of an organisation. */
  readonly idNumber?: string;
}

/** One line of the components table (thành phần hồ sơ). */
export interface ComponentLine {
  readonly name: string;
  /** Number of originals (bản chính). */
  readonly originals: number;
  /** Number of certified copies (bản sao có chứng thực). */
  readonly certifiedCopies: number;
  /** Number of plain copies (bản photo / bản sao). */
  readonly copies: number;
}

/** A signature block: a caption, e.g. `NGƯỜI TIẾP NHẬN HỒ SƠ`, and the printed name. */
export interface Signer {
  /** Authority line above the title, e.g. `KT. CHỦ TỊCH` (optional). */
  readonly onBehalfOf?: string;
  readonly title: string;
  readonly name?: string;
}

interface CommonModel {
  readonly header: FormHeader;
  /** Default `A5`. */
  readonly paper?: PaperSize;
}

/** Mẫu 01 — Giấy tiếp nhận hồ sơ và hẹn trả kết quả. */
export interface ReceiptModel extends CommonModel {
  readonly dossierCode: string;
  /** The person who submitted the dossier (Ông/Bà …). */
  readonly applicant: PartyInfo;
  /** The dossier owner, when different from the applicant. */
  readonly owner?: PartyInfo;
  /** Nội dung yêu cầu giải quyết: the procedure name. */
  readonly procedureName: string;
  readonly components: readonly ComponentLine[];
  /** Number of sets (bộ). */
  readonly sets: number;
  /** Statutory processing time as printed, e.g. `05 ngày làm việc`. */
  readonly processingTime: string;
  readonly receivedAt: DateInput;
  readonly appointmentAt: DateInput;
  /** Where or how the result is returned, e.g. `Bộ phận Một cửa UBND xã Hữu Lũng` or `Dịch vụ bưu chính công ích`. */
  readonly returnChannel: string;
  /** Fee note, e.g. `Lệ phí: 8.000 đ (thu trước)` (optional). */
  readonly feeNote?: string;
  /** Public tracking page of this dossier; encoded in the QR code and printed. */
  readonly trackingUrl: string;
  readonly hotline?: string;
  /** Entry in the tracking register (Sổ theo dõi hồ sơ), optional. */
  readonly registerEntry?: { readonly book: string; readonly number: string };
  readonly receivingOfficer: string;
}

/** Mẫu 02 — Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ. */
export interface SupplementRequestModel extends CommonModel {
  readonly dossierCode: string;
  readonly applicant: PartyInfo;
  readonly procedureName: string;
  /** What to supplement or correct, one entry per item. */
  readonly items: readonly string[];
  /** Reason and legal basis. */
  readonly reason: string;
  /** The citizen's deadline to supplement (optional). */
  readonly deadlineAt?: DateInput;
  readonly contact: { readonly officer: string; readonly phone?: string };
  readonly trackingUrl?: string;
  /** Signer, usually `NGƯỜI HƯỚNG DẪN` with the officer's name. */
  readonly signer: Signer;
}

/** Mẫu 03 — Phiếu từ chối tiếp nhận giải quyết hồ sơ. */
export interface RefusalModel extends CommonModel {
  readonly dossierCode?: string;
  readonly applicant: PartyInfo;
  readonly procedureName: string;
  /** Reasons for the refusal, one entry per reason. */
  readonly reasons: readonly string[];
  readonly hotline?: string;
  readonly website?: string;
  readonly receivingOfficer: string;
}

/** Mẫu 04 — Phiếu xin lỗi và hẹn lại ngày trả kết quả. */
export interface ApologyModel extends CommonModel {
  readonly dossierCode: string;
  /** Addressee (Kính gửi: Ông/Bà …). */
  readonly applicant: PartyInfo;
  readonly procedureName: string;
  readonly receivedAt: DateInput;
  readonly originalAppointmentAt: DateInput;
  /** The agency responsible for the delay. */
  readonly lateAgency: string;
  readonly reason: string;
  readonly newAppointmentAt: DateInput;
  /** Where the result will be returned. */
  readonly returnPlace: string;
  /** `Nơi nhận` lines. */
  readonly recipients: readonly string[];
  readonly signer: Signer;
}

/** One hand-off in the process-control slip: who handed the dossier to whom, when, and how it went. */
export interface ProcessStep {
  readonly handedBy: { readonly unit: string; readonly person?: string };
  readonly receivedBy: { readonly unit: string; readonly person?: string };
  readonly handedAt: DateInput;
  /** Early / on time / late; absent while the step is still open. */
  readonly result?: FinishedClassification;
  readonly note?: string;
}

/** Mẫu 05 — Phiếu kiểm soát quá trình giải quyết hồ sơ (A4). */
export interface ProcessControlModel {
  readonly header: FormHeader;
  readonly dossierCode: string;
  readonly applicant: PartyInfo;
  readonly owner?: PartyInfo;
  readonly procedureName: string;
  /** Lead processing body (cơ quan/bộ phận giải quyết). */
  readonly processingUnit: string;
  /** Bodies consulted (cơ quan phối hợp), optional. */
  readonly coordinatingUnits?: readonly string[];
  readonly components?: readonly ComponentLine[];
  readonly sets: number;
  readonly receivedAt: DateInput;
  readonly processingTime: string;
  readonly appointmentAt: DateInput;
  /** Internal due date for the processing unit to hand the result back (optional). */
  readonly internalDueAt?: DateInput;
  /** I. Hand-offs while processing. */
  readonly steps: readonly ProcessStep[];
  /** II. Handing the result back to the one-stop unit and to the citizen (optional). */
  readonly returnSteps?: readonly ProcessStep[];
}

/** One dossier in the tracking register. */
export interface RegisterRow {
  readonly dossierCode: string;
  readonly procedureName: string;
  readonly sets: number;
  readonly ownerName: string;
  readonly address?: string;
  readonly phone?: string;
  readonly receivedAt: DateInput;
  readonly appointmentAt: DateInput;
  /** When the citizen received the result. */
  readonly returnedAt?: DateInput;
  /** Names written in the "Trả kết quả" columns; blank for a hand signature. */
  readonly returnedBy?: string;
  readonly returnedTo?: string;
  readonly receivingOfficer: string;
  /** Commune or ward where the dossier arose (địa bàn phát sinh). */
  readonly area?: string;
  readonly note?: string;
}

/** Mẫu 06 — Sổ theo dõi hồ sơ (A4 landscape). */
export interface TrackingRegisterModel {
  readonly header: FormHeader;
  /** Book number (Quyển số), optional. */
  readonly book?: string;
  /** Period covered (optional). */
  readonly period?: { readonly from: DateInput; readonly to: DateInput };
  readonly rows: readonly RegisterRow[];
}
