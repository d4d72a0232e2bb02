// The appointment date for a duration counted from a receipt instant, on one unit's calendar.
import type { DueDateResult, DurationUnit } from '../../contract/calendar.js';
import { computeDueDate as compute, MAX_SUPPORTED_YEAR } from '../../domain/calendar/index.js';
import type { Deps, RequestContext } from '../../platform/deps.js';
import { invalid } from '../../platform/errors.js';
import { resolveScopedUnit } from '../units/scoped-unit.js';
import { unitCalendar } from './unit-calendar.js';

export type DueDateInput = {
  unitCode: string;
  receivedAt: string;
  amount: number;
  durationUnit: DurationUnit;
  cutoff?: string | undefined;
};

const EARLIEST = Date.UTC(1971, 0, 1);
const LATEST = Date.UTC(MAX_SUPPORTED_YEAR - 20, 0, 1);

export async function computeDueDate(
  deps: Deps,
  ctx: RequestContext,
  input: DueDateInput,
): Promise<DueDateResult> {
  const unit = await resolveScopedUnit(deps.database.db, ctx.actor, input.unitCode);
  const receivedAt = Date.parse(input.receivedAt);
  if (!(receivedAt >= EARLIEST && receivedAt < LATEST)) {
    throw invalid('RECEIVED_AT_OUT_OF_RANGE', 'Thời điểm tiếp nhận nằm ngoài phạm vi lịch được hỗ trợ');
  }
  if (input.durationUnit !== 'working_hours' && !Number.isInteger(input.amount)) {
    throw invalid('DURATION_INVALID', 'Thời hạn tính theo ngày phải là số nguyên');
  }
  const calendar = await unitCalendar(deps.database.db, unit);
  const result = compute(calendar, {
    receivedAt,
    amount: input.amount,
    unit: input.durationUnit,
    cutoff: input.cutoff ?? undefined,
    explain: true,
  });
  return {
    dueAt: new Date(result.dueAt).toISOString(),
    countingStartsAt: new Date(result.countingStartsAt).toISOString(),
    explanation: [...(result.explanation ?? [])],
  };
}
