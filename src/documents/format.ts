/** Date phrases used on the forms, built on the shared Vietnamese formats (Asia/Ho_Chi_Minh time). */
import { formatDate, formatDateTime } from '../domain/format/index.js';
import type { DateInput } from './models.js';

interface DateParts {
  readonly hour: string;
  readonly minute: string;
  readonly day: string;
  readonly month: string;
  readonly year: string;
}

export function toEpoch(value: DateInput): number {
  return value instanceof Date ? value.getTime() : value;
}

function parts(value: DateInput): DateParts {
  const text = formatDateTime(toEpoch(value));
  const match = /^(\d{2}):(\d{2}) (\d{2})\/(\d{2})\/(\d{4})$/.exec(text);
  const [, hour, minute, day, month, year] = match ?? [];
  if (hour === undefined || minute === undefined || day === undefined || month === undefined || !year) {
    throw new RangeError(`Unexpected date format: ${text}`);
  }
  return { hour, minute, day, month, year };
}

/** `dd/MM/yyyy`. */
export function dateText(value: DateInput): string {
  return formatDate(toEpoch(value));
}

/** `ngày 01 tháng 12 năm 2026`. */
export function longDate(value: DateInput): string {
  const p = parts(value);
  return `ngày ${p.day} tháng ${p.month} năm ${p.year}`;
}

/** The place-and-date line under the national motto: `Lạng Sơn, ngày 01 tháng 12 năm 2026`. */
export function placeDateLine(place: string, value: DateInput): string {
  return `${place}, ${longDate(value)}`;
}

/** `08 giờ 30 phút, ngày 01/12/2026`. */
export function timeAndDate(value: DateInput): string {
  const p = parts(value);
  return `${p.hour} giờ ${p.minute} phút, ngày ${p.day}/${p.month}/${p.year}`;
}

/** Two-digit counts as written on the forms: `01`, `02`, `12`. */
export function count2(value: number): string {
  return String(value).padStart(2, '0');
}
