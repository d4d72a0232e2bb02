import type {
  CalendarEntry,
  calendarDay,
  createCalendarEntryBody,
  DueDateResult,
  DurationUnit,
  updateCalendarEntryBody,
} from '@contract';
import type { z } from 'zod';
import { api } from './client';

export type CalendarDay = z.infer<typeof calendarDay>;
export type CreateCalendarEntryInput = z.input<typeof createCalendarEntryBody>;
export type UpdateCalendarEntryInput = z.input<typeof updateCalendarEntryBody>;
export type DueDateParams = {
  unitCode: string;
  receivedAt: string;
  amount: number;
  durationUnit: DurationUnit;
  cutoff?: string;
};

export const calendarApi = {
  days: (unitCode: string, from: string, to: string, signal?: AbortSignal) =>
    api.get<{ days: CalendarDay[] }>('/api/calendar/days', { unitCode, from, to }, signal),
  entries: (year: number, unitCode: string | undefined, signal?: AbortSignal) =>
    api.get<{ items: CalendarEntry[] }>('/api/calendar/entries', { year, unitCode }, signal),
  createEntry: (body: CreateCalendarEntryInput) => api.post<CalendarEntry>('/api/calendar/entries', body),
  updateEntry: (id: string, body: UpdateCalendarEntryInput) =>
    api.patch<CalendarEntry>(`/api/calendar/entries/${encodeURIComponent(id)}`, body),
  deleteEntry: (id: string) => api.del(`/api/calendar/entries/${encodeURIComponent(id)}`),
  dueDate: (params: DueDateParams, signal?: AbortSignal) =>
    api.get<DueDateResult>('/api/calendar/due-date', params, signal),
};
