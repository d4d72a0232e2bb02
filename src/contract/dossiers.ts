// HTTP contract of the procedure catalog and the dossier lifecycle (intake, queues, actions, detail).
import { z } from 'zod';
import { clockTime, isoInstant, localDate, pageQuery, uuid } from './common.js';

// ----------------------------------------------------------------------------------------- catalog

const durationSchema = z.object({
  amount: z.number(),
  unit: z.enum(['working_days', 'working_hours', 'calendar_days']),
});
const allotment = z.object({ amount: z.number(), unit: z.enum(['working_days', 'working_hours']) });

export const procedureSummary = z.object({
  id: uuid,
  code: z.string().describe('National procedure code, e.g. 1.001612'),
  version: z.number().int(),
  name: z.string(),
  fieldCode: z.string(),
  fieldName: z.string(),
  level: z.string(),
  mechanism: z.enum(['one_stop', 'inter_agency']),
  onlineLevel: z.enum(['full', 'partial', 'none']),
  fourOnSite: z.boolean(),
  nonTerritorial: z.boolean(),
  external: z.boolean(),
  effectiveFrom: localDate,
  effectiveTo: localDate.nullable(),
});
export type ProcedureSummary = z.infer<typeof procedureSummary>;

export const procedureDetail = procedureSummary.extend({
  postalAllowed: z.boolean(),
  cutoff: clockTime.nullable(),
  durations: z.object({ counter: durationSchema, online: durationSchema.optional() }),
  fees: z.array(
    z.object({
      code: z.string(),
      kind: z.enum(['fee', 'charge']),
      name: z.string(),
      amount: z.number(),
      onlineAmount: z.number().nullable(),
      per: z.string().nullable(),
      description: z.string().nullable(),
      exemptions: z.string().nullable(),
    }),
  ),
  components: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      kind: z.enum(['original', 'copy', 'certified_copy', 'template_form']),
      templateCode: z.string().nullable(),
      quantity: z.number(),
      required: z.boolean(),
      caseCodes: z.array(z.string()).nullable(),
    }),
  ),
  result: z.object({ code: z.string().nullable(), name: z.string() }),
  cases: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      durations: z.object({ counter: durationSchema, online: durationSchema.optional() }),
      process: z.array(
        z.object({
          code: z.string(),
          name: z.string(),
          kind: z.string(),
          role: z.string().nullable(),
          agencyCode: z.string().nullable(),
          allotted: allotment,
        }),
      ),
    }),
  ),
});
export type ProcedureDetail = z.infer<typeof procedureDetail>;

export const listProceduresQuery = pageQuery.extend({
  q: z.string().trim().max(100).optional().describe('Code or words of the name, diacritics optional'),
  fieldCode: z.string().max(50).optional(),
});
export const procedureCodeParam = z.object({
  code: z.string().regex(/^\d\.\d{6}$/, 'Mã thủ tục có dạng 1.001612'),
});
export const fieldItem = z.object({ code: z.string(), name: z.string(), procedures: z.number().int() });

// ----------------------------------------------------------------------------------------- dossiers

export const dossierState = z.enum([
  'submitted',
  'intake_supplement_requested',
  'rejected_at_intake',
  'received',
  'processing',
  'supplement_requested',
  'awaiting_payment',
  'withdrawn',
  'stopped',
  'resolved',
  'refused',
  'returned',
  'transferred',
]);
export type DossierStateCode = z.infer<typeof dossierState>;
export const dossierChannel = z.enum(['direct', 'online', 'postal']);
export const returnChannel = z.enum(['counter', 'electronic', 'post']);
export const deadlineStatus = z
  .enum(['within_deadline', 'due_soon', 'overdue', 'early', 'on_time', 'late'])
  .nullable()
  .describe('Open: within_deadline / due_soon / overdue at now; finished: early / on_time / late');

export const dossierSummary = z.object({
  id: uuid,
  code: z.string(),
  unitCode: z.string(),
  procedureCode: z.string(),
  procedureName: z.string(),
  fieldCode: z.string(),
  state: dossierState,
  nationalStatus: z.number().int(),
  channel: dossierChannel,
  source: z.string(),
  ownerName: z.string(),
  ownerIdNumber: z.string().nullable(),
  receivedAt: isoInstant.nullable(),
  dueAt: isoInstant.nullable(),
  finishedAt: isoInstant.nullable(),
  deadlineStatus,
  stepName: z.string().nullable(),
  assigneeName: z.string().nullable(),
  sources: z
    .array(z.object({ code: z.string(), name: z.string(), externalCode: z.string() }))
    .optional()
    .describe('Console list: the source systems linked to the dossier (one inbox), empty for our own'),
});
export type DossierSummary = z.infer<typeof dossierSummary>;

export const dossierStep = z.object({
  stepIndex: z.number().int(),
  stepCode: z.string(),
  stepName: z.string(),
  role: z.string().nullable(),
  assigneeName: z.string().nullable(),
  openedAt: isoInstant,
  dueAt: isoInstant,
  closedAt: isoInstant.nullable(),
  closure: z.string().nullable(),
  closedByName: z.string().nullable(),
  status: z.enum(['early', 'on_time', 'late', 'in_progress', 'overdue']),
});
export const dossierEvent = z.object({
  id: z.string(),
  at: isoInstant,
  action: z.string(),
  actionLabel: z.string(),
  actorName: z.string(),
  fromState: z.string().nullable(),
  toState: z.string(),
  note: z.string().nullable(),
});
export const dossierComponent = z.object({
  code: z.string(),
  name: z.string(),
  kind: z.string(),
  quantity: z.number().int(),
  provided: z.boolean(),
  fileId: uuid.nullable(),
});
export const allowedAction = z.object({ action: z.string(), label: z.string() });

export const dossierDetail = dossierSummary.extend({
  caseCode: z.string(),
  ownerKind: z.enum(['citizen', 'organisation']),
  ownerPhone: z.string().nullable(),
  ownerEmail: z.string().nullable(),
  ownerAddress: z.string().nullable(),
  submitter: z
    .object({ fullName: z.string(), idNumber: z.string().nullable(), phone: z.string().nullable() })
    .nullable(),
  returnChannel,
  feePayment: z.enum(['now', 'at_return', 'exempt']),
  feeTotal: z.number(),
  feePaidAt: isoInstant.nullable(),
  countingStartsAt: isoInstant.nullable(),
  originalDueAt: isoInstant.nullable(),
  pausedAt: isoInstant.nullable(),
  pauseKind: z.string().nullable(),
  supplementDueAt: isoInstant.nullable(),
  outcome: z.string().nullable(),
  result: z
    .object({
      number: z.string(),
      signer: z.string(),
      signedOn: localDate,
      fileId: uuid.optional().describe('The signed result document, when attached'),
      fileName: z.string().optional(),
    })
    .nullable(),
  returnedAt: isoInstant.nullable(),
  trackingUrl: z.string(),
  version: z.number().int().describe('Send it back with an action: a stale version answers 409'),
  components: z.array(dossierComponent),
  steps: z.array(dossierStep),
  events: z.array(dossierEvent),
  allowedActions: z.array(allowedAction),
  ownerVerification: z
    .enum(['verified', 'not_verified'])
    .describe('verified: the owner came from a successful national population database lookup at intake'),
  ownerVerifiedAt: isoInstant.nullable(),
  sources: z
    .array(z.object({ code: z.string(), name: z.string(), externalCode: z.string() }))
    .describe('Source systems that sent this dossier (integrations), with their dossier code'),
});
export type DossierDetail = z.infer<typeof dossierDetail>;

const personName = z.string().trim().min(2, 'Họ tên quá ngắn').max(150);
/** A component given at intake; `reused` = taken from the citizen's stored documents / the national
 * repository instead of a new paper or scan (Decision 766 indicator 4.3). */
const intakeComponent = z.object({
  code: z.string(),
  quantity: z.number().int().min(0).max(99),
  provided: z.boolean(),
  reused: z.boolean().optional().describe('Taken from stored digitised data (tái sử dụng dữ liệu số hóa)'),
});

export const createDossierBody = z.object({
  unitCode: z.string(),
  procedureCode: z.string(),
  caseCode: z.string(),
  channel: z.enum(['direct', 'postal']).default('direct'),
  owner: z.object({
    kind: z.enum(['citizen', 'organisation']),
    fullName: personName.describe('Citizen name, or the organisation name'),
    idNumber: z.string().trim().describe('CCCD (12 digits) for a citizen, tax code for an organisation'),
    phone: z.string().trim().max(20).optional(),
    email: z.string().trim().max(200).optional(),
    address: z.string().trim().max(300).optional(),
  }),
  submitter: z
    .object({
      fullName: personName,
      idNumber: z.string().trim().max(20).optional(),
      phone: z.string().trim().max(20).optional(),
    })
    .optional()
    .describe('The person who brings the dossier, when not the owner (người được ủy quyền)'),
  components: z.array(intakeComponent).max(100),
  feePayment: z.enum(['now', 'at_return', 'exempt']),
  returnChannel,
  note: z.string().trim().max(1000).optional(),
  populationLookupId: uuid
    .optional()
    .describe('The lookupId of a successful population database lookup of this owner (marks it verified)'),
});
export type CreateDossierInput = z.input<typeof createDossierBody>;

const reason = z.string().trim().min(5, 'Vui lòng ghi rõ lý do (ít nhất 5 ký tự)').max(2000);
export const dossierActionBody = z.discriminatedUnion('action', [
  z.object({ action: z.literal('accept_online'), version: z.number().int() }),
  z.object({ action: z.literal('refuse_online'), version: z.number().int(), reason }),
  z.object({
    action: z.literal('request_supplement'),
    version: z.number().int(),
    reason,
    citizenDueDate: localDate.describe('The citizen’s deadline to supplement (end of that day)'),
  }),
  z.object({ action: z.literal('receive_supplement'), version: z.number().int() }),
  z.object({ action: z.literal('assign'), version: z.number().int(), assigneeId: uuid }),
  z.object({ action: z.literal('reassign'), version: z.number().int(), assigneeId: uuid }),
  z.object({
    action: z.literal('forward'),
    version: z.number().int(),
    assigneeId: uuid.nullable().optional(),
  }),
  z.object({ action: z.literal('return_step'), version: z.number().int(), reason }),
  z.object({ action: z.literal('recall'), version: z.number().int() }),
  z.object({
    action: z.literal('consult'),
    version: z.number().int(),
    agency: z.string().trim().min(2).max(200),
    content: reason,
    dueDate: localDate,
  }),
  z.object({ action: z.literal('consult_reply'), version: z.number().int() }),
  z.object({ action: z.literal('refuse'), version: z.number().int(), reason }),
  z.object({
    action: z.literal('request_payment'),
    version: z.number().int(),
    amount: z.number().int().min(1).max(100_000_000_000),
    description: z.string().trim().max(500).optional(),
  }),
  z.object({ action: z.literal('record_payment'), version: z.number().int() }),
  z.object({ action: z.literal('stop'), version: z.number().int(), reason }),
  z.object({
    action: z.literal('withdraw'),
    version: z.number().int(),
    reason: z.string().trim().max(2000).optional(),
  }),
  z.object({
    action: z.literal('reschedule'),
    version: z.number().int(),
    reason,
    newDueDate: localDate,
  }),
  z.object({
    action: z.literal('record_result'),
    version: z.number().int(),
    number: z.string().trim().min(1).max(100),
    signer: personName,
    signedOn: localDate,
  }),
  z.object({ action: z.literal('return_result'), version: z.number().int(), channel: returnChannel }),
  z.object({
    action: z.literal('transfer_non_territorial'),
    version: z.number().int(),
    targetUnitCode: z.string(),
  }),
]);
export type DossierActionInput = z.input<typeof dossierActionBody>;

export const dossierQueue = z.enum([
  'to_receive',
  'to_process',
  'mine',
  'due_soon',
  'overdue',
  'supplement',
  'payment',
  'to_return',
  'returned_today',
  'all',
]);
export type DossierQueue = z.infer<typeof dossierQueue>;

export const listDossiersQuery = pageQuery.extend({
  unitCode: z.string().optional(),
  queue: dossierQueue.default('all'),
  q: z
    .string()
    .trim()
    .max(100)
    .optional()
    .describe('Dossier code, CCCD / tax code, or owner name (diacritics optional: "nguyen van a")'),
  state: dossierState.optional(),
  procedureCode: z.string().max(20).optional(),
  source: z
    .string()
    .max(40)
    .optional()
    .describe('Source system code (motcua = our own dossiers); a dossier linked to it also matches'),
  from: localDate.optional().describe('Received on or after (local date)'),
  to: localDate.optional().describe('Received on or before (local date)'),
});
export const queueCounts = z.object({
  unitCode: z.string(),
  queues: z.array(z.object({ queue: dossierQueue, label: z.string(), count: z.number().int() })),
});
export const dossierIdParam = z.object({ id: uuid });
export const unitQuery = z.object({ unitCode: z.string().optional() });

export const publicTracking = z.object({
  code: z.string(),
  procedureName: z.string(),
  ownerName: z.string().describe('Masked: only initials of the family and middle names'),
  stateLabel: z.string(),
  receivedAt: isoInstant.nullable(),
  dueAt: isoInstant.nullable(),
  returnedAt: isoInstant.nullable(),
  unitName: z.string(),
});

export const submitOnlineBody = z.object({
  unitCode: z.string(),
  procedureCode: z.string(),
  caseCode: z.string(),
  components: z.array(intakeComponent).max(100),
  returnChannel,
  note: z.string().trim().max(1000).optional(),
});
