// The report period presets of a local date (calendar and statistical cut-off, each with the previous
// period): a thin use case over the pure domain/reports/periods.ts.
import type { PeriodPresets } from '../../contract/reports.js';
import { periodPresets } from '../../domain/reports/index.js';

export function listPeriodPresets(date: string): PeriodPresets {
  return { date, items: periodPresets(date) };
}
