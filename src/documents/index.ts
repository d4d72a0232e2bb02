/**
 * The six standard forms of TT 01/2018/TT-VPCP rendered to PDF from plain view models (legal-rules §6).
 * Each renderer is pure apart from reading the bundled fonts: same model, same document.
 */
export { APOLOGY_SUBJECT, APOLOGY_TITLE, renderApology } from './apology.js';
export type {
  ApologyModel,
  ComponentLine,
  DateInput,
  FormHeader,
  PaperSize,
  PartyInfo,
  ProcessControlModel,
  ProcessStep,
  ReceiptModel,
  RefusalModel,
  RegisterRow,
  Signer,
  SupplementRequestModel,
  TrackingRegisterModel,
} from './models.js';
export { PROCESS_CONTROL_TITLE, renderProcessControl } from './process-control.js';
export { RECEIPT_TITLE, renderReceipt } from './receipt.js';
export { REFUSAL_TITLE, renderRefusal } from './refusal.js';
export { renderSupplementRequest, SUPPLEMENT_REQUEST_TITLE } from './supplement-request.js';
export { renderTrackingRegister, TRACKING_REGISTER_TITLE } from './tracking-register.js';
