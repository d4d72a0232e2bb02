// HTTP contract of the outbound sync to the national portal (ADR 0012): a dossier's delivery state and
// the health of the destination over the caller's units.
import { z } from 'zod';
import { isoInstant } from './common.js';

export const syncDeliveryState = z
  .enum(['not_configured', 'not_applicable', 'none', 'delivered', 'pending', 'failing', 'refused'])
  .describe(
    'not_configured: no portal URL set (changes wait); not_applicable: a dossier received from a source ' +
      'system; none: nothing to send; delivered: every change sent; pending: changes waiting; failing: ' +
      'the oldest waiting change failed and is retried; refused: the portal refused a change for good ' +
      'and no later change has been delivered since (correct the dossier, then send it again)',
  );

export const dossierNationalSync = z.object({
  destination: z.string(),
  name: z.string(),
  state: syncDeliveryState,
  label: z.string().describe('Vietnamese, e.g. "đã gửi", "lỗi, đang thử lại"'),
  delivered: z.number().int(),
  pending: z.number().int(),
  lastDeliveredAt: isoInstant.nullable(),
  nextAttemptAt: isoInstant.nullable().describe('Next attempt of the oldest waiting change'),
  attempts: z.number().int().describe('Attempts of the oldest waiting change so far'),
  lastError: z.string().nullable().describe('Error of the oldest waiting change'),
  refused: z.number().int().describe('Changes the portal refused for good (kept, never retried)'),
  lastRefusal: z
    .object({ at: isoInstant, reason: z.string() })
    .nullable()
    .describe('The latest refusal and the portal’s reason'),
});
export type DossierNationalSync = z.infer<typeof dossierNationalSync>;

export const outboundUnitHealth = z.object({
  unitCode: z.string(),
  unitName: z.string(),
  pending: z.number().int(),
  failing: z.number().int().describe('Waiting changes whose last attempt failed'),
  refused: z
    .number()
    .int()
    .describe('Dossiers with a change the portal refused for good and nothing delivered since'),
  oldestPendingAt: isoInstant.nullable(),
  lastSuccessAt: isoInstant.nullable(),
  lastError: z.string().nullable(),
  lastErrorAt: isoInstant.nullable(),
  deliveredCount: z.number().int(),
});

export const outboundDestination = z.object({
  destination: z.string(),
  name: z.string(),
  configured: z.boolean(),
  pending: z.number().int(),
  failing: z.number().int(),
  refused: z.number().int(),
  oldestPendingAt: isoInstant.nullable(),
  lastSuccessAt: isoInstant.nullable(),
  lastError: z.string().nullable(),
  lastErrorAt: isoInstant.nullable(),
  units: z.array(outboundUnitHealth).describe('Units of the caller’s scope with sync activity'),
});
export type OutboundDestination = z.infer<typeof outboundDestination>;
