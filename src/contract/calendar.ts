import { z } from 'zod';
import { isoInstant, localDate, uuid } from './common.js';

export const durationUnit = z.enum(['working_days', 'working_hours', 'calendar_days']);
export type DurationUnit = z.infer<typeof durationUnit>;

export const calendarEntryKind = z.enum([
  'holiday',
  'compensatory_off',
  'swap_off',
  'swap_workday',
  'regular_day',
]);
export type CalendarEntryKind = z.infer<typeof calendarEntryKind>;

export const calendarEntry = z.object({
  id: uuid
    .nullable()
    .describe('null for a built-in entry (official data shipped with MotCua, or provisional)'),
  date: localDate,
  kind: calendarEntryKind,
  name: z.string(),
  legalDocument: z.string(),
  provisional: z.boolean(),
  unitCode: z.string().nullable().describe('null = national'),
  source: z.enum(['builtin', 'admin']),
});
export type CalendarEntry = z.infer<typeof calendarEntry>;

export const dueDateQuery = z.object({
  unitCode: z.string(),
  receivedAt: z.iso.datetime({ offset: true }),
  amount: z.coerce.number().min(0).max(3650),
  durationUnit,
  cutoff: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Giờ chốt có dạng HH:mm')
    .optional(),
});
export const dueDateResult = z.object({
  dueAt: isoInstant,
  countingStartsAt: isoInstant,
  explanation: z.array(z.string()),
});
export type DueDateResult = z.infer<typeof dueDateResult>;

export const calendarDaysQuery = z.object({ unitCode: z.string(), from: localDate, to: localDate });
export const calendarDay = z.object({
  date: localDate,
  working: z.boolean(),
  entries: z.array(calendarEntry),
});
export const calendarDays = z.object({ days: z.array(calendarDay) });

export const listCalendarEntriesQuery = z.object({
  year: z.coerce.number().int().min(1970).max(2100),
  unitCode: z.string().optional(),
});
export const createCalendarEntryBody = z.object({
  date: localDate,
  kind: calendarEntryKind,
  name: z.string().trim().min(2).max(200),
  legalDocument: z.string().trim().min(2).max(300),
  unitCode: z.string().nullable().optional(),
});
export const updateCalendarEntryBody = createCalendarEntryBody.partial().omit({ unitCode: true });

export const calendarEntryIdParam = z.object({ id: uuid });
export const calendarEntryList = z.object({ items: z.array(calendarEntry) });

export const resumeSemantics = z
  .enum(['restart', 'add_paused_time'])
  .describe(
    'restart: count the whole duration again from the complete dossier (Decree 61/2018 Art 19.4); add_paused_time: move the due date by the paused working time',
  );
export const deadlinePolicy = z.object({
  id: uuid,
  unitCode: z.string(),
  effectiveFrom: localDate,
  resumeSemantics,
  legalDocument: z.string(),
  createdAt: isoInstant,
});
export type DeadlinePolicy = z.infer<typeof deadlinePolicy>;
export const deadlinePolicyQuery = z.object({ unitCode: z.string() });
export const createDeadlinePolicyBody = z.object({
  unitCode: z.string(),
  effectiveFrom: localDate,
  resumeSemantics,
  legalDocument: z.string().trim().min(2).max(300),
});
