// Shared zod schemas for the HTTP contract. Imported by the server (validation + OpenAPI)
// and by the web client (types), so the two cannot drift. No server-only imports here.
import { z } from 'zod';

export const errorEnvelope = z
  .object({
    error: z.object({
      code: z.string().describe('Stable machine-readable error code, e.g. VALIDATION_FAILED'),
      message: z.string().describe('Vietnamese message for people'),
      details: z.unknown().optional(),
    }),
  })
  .describe('Error envelope used by every endpoint');
export type ErrorEnvelope = z.infer<typeof errorEnvelope>;

export const isoInstant = z.string().describe('ISO 8601 instant in UTC, e.g. 2026-02-12T03:00:00.000Z');
/** True for a date that exists in the Gregorian calendar (rejects 2026-02-30). */
function isRealDate(s: string): boolean {
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

export const localDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày phải có dạng YYYY-MM-DD')
  .refine(isRealDate, 'Ngày không tồn tại trong lịch')
  .describe('Calendar date in Asia/Ho_Chi_Minh, YYYY-MM-DD');

export const clockTime = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Giờ có dạng HH:mm')
  .describe('Local wall-clock time HH:mm');

export const uuid = z.uuid();

export const pageQuery = z.object({
  cursor: z.string().max(200).optional().describe('Opaque keyset cursor from the previous page'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export function page<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}

export const unitKind = z.enum(['province', 'commune', 'ward', 'special_zone']);
export type UnitKind = z.infer<typeof unitKind>;

export const unitRef = z.object({ id: uuid, code: z.string(), name: z.string(), kind: unitKind });
export type UnitRef = z.infer<typeof unitRef>;
