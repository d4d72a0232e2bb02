/**
 * Workflow step navigation (quy trình xử lý): pure functions over a process definition and the
 * dossier's current step index. The application layer stores the per-step history.
 */
import { workingDaysToHours, workingDaysToMinutes } from '../calendar/due-date.js';
import type { Instant } from '../calendar/types.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import { addWorkingMinutes } from '../calendar/working-time.js';
import { fail, ok, type ValidationResult } from '../identity/result.js';
import type { ProcessDefinition, ProcessStep } from './types.js';

export type StepNavigationErrorCode = 'INVALID_STEP_INDEX' | 'LAST_STEP' | 'FIRST_STEP';
export type StepNavigation = ValidationResult<
  { readonly index: number; readonly step: ProcessStep },
  StepNavigationErrorCode
>;

/** 'Bước 2 (Thẩm định hồ sơ)'. */
export function stepTitle(process: ProcessDefinition, index: number): string {
  const step = stepAt(process, index);
  return step ? `Bước ${index + 1} (${step.name})` : `Bước ${index + 1}`;
}

export function stepAt(process: ProcessDefinition, index: number): ProcessStep | null {
  if (!Number.isInteger(index) || index < 0) return null;
  return process.steps[index] ?? null;
}

export function isLastStep(process: ProcessDefinition, index: number): boolean {
  return stepAt(process, index) !== null && index === process.steps.length - 1;
}

function invalidIndex(process: ProcessDefinition, index: number): StepNavigation {
  return fail(
    'INVALID_STEP_INDEX',
    `Bước hiện tại (${index + 1}) không có trong quy trình "${process.name}" gồm ${process.steps.length} bước.`,
  );
}

export function firstStep(process: ProcessDefinition): StepNavigation {
  const step = stepAt(process, 0);
  return step ? ok({ index: 0, step }) : invalidIndex(process, 0);
}

/** The step after `index`; forwarding from the last step is an error (record the result instead). */
export function nextStep(process: ProcessDefinition, index: number): StepNavigation {
  if (stepAt(process, index) === null) return invalidIndex(process, index);
  const step = stepAt(process, index + 1);
  if (step === null) {
    return fail(
      'LAST_STEP',
      `${stepTitle(process, index)} là bước cuối của quy trình, không còn bước tiếp theo để chuyển; hãy cập nhật kết quả giải quyết.`,
    );
  }
  return ok({ index: index + 1, step });
}

/** The step before `index`; returning from the first step is an error. */
export function previousStep(process: ProcessDefinition, index: number): StepNavigation {
  if (stepAt(process, index) === null) return invalidIndex(process, index);
  const step = stepAt(process, index - 1);
  if (step === null) {
    return fail(
      'FIRST_STEP',
      `${stepTitle(process, index)} là bước đầu tiên của quy trình, không có bước trước để trả lại.`,
    );
  }
  return ok({ index: index - 1, step });
}

/**
 * Allotted working hours of a step, for `evaluateStepDeadline`. Days convert at the nominal
 * 8 h = 1 working day (`workingDaysToHours`), as the calendar module prescribes for step allotments.
 */
export function stepAllottedHours(step: ProcessStep, hoursPerDay?: number): number {
  return step.allotted.unit === 'working_days'
    ? workingDaysToHours(step.allotted.amount, hoursPerDay)
    : step.allotted.amount;
}

export type ProcessErrorCode =
  | 'PROCESS_EMPTY'
  | 'STEP_CODE_INVALID'
  | 'STEP_CODE_DUPLICATE'
  | 'STEP_NAME_REQUIRED'
  | 'STEP_BINDING_REQUIRED'
  | 'STEP_ALLOTMENT_INVALID';

const STEP_CODE = /^[A-Za-z0-9_.-]{1,50}$/;

/** Checks a process definition before it is saved (the catalog) or used. */
export function validateProcess(
  process: ProcessDefinition,
): ValidationResult<ProcessDefinition, ProcessErrorCode> {
  if (process.steps.length === 0) {
    return fail('PROCESS_EMPTY', `Quy trình "${process.name}" phải có ít nhất một bước.`);
  }
  const seen = new Set<string>();
  for (const [i, step] of process.steps.entries()) {
    const where = `Bước ${i + 1}`;
    if (!STEP_CODE.test(step.code)) {
      return fail(
        'STEP_CODE_INVALID',
        `${where}: mã bước chỉ gồm chữ cái không dấu, chữ số, dấu chấm, gạch ngang, gạch dưới (tối đa 50 ký tự).`,
      );
    }
    if (seen.has(step.code)) {
      return fail('STEP_CODE_DUPLICATE', `${where}: mã bước "${step.code}" bị trùng với một bước khác.`);
    }
    seen.add(step.code);
    if (step.name.trim() === '') return fail('STEP_NAME_REQUIRED', `${where}: cần nhập tên bước.`);
    if (step.role === null && (step.departmentCode == null || step.departmentCode.trim() === '')) {
      return fail('STEP_BINDING_REQUIRED', `${where} (${step.name}): cần chọn vai trò hoặc phòng xử lý.`);
    }
    const { amount, unit } = step.allotted;
    const valid =
      unit === 'working_days'
        ? Number.isInteger(amount) && amount > 0
        : unit === 'working_hours' && Number.isFinite(amount) && amount > 0;
    if (!valid) {
      return fail(
        'STEP_ALLOTMENT_INVALID',
        `${where} (${step.name}): thời gian xử lý phải là số ngày làm việc nguyên dương hoặc số giờ làm việc dương.`,
      );
    }
  }
  return ok(process);
}

/**
 * Working minutes allotted to a step on a unit's calendar: whole working days count as that many
 * days of office sessions (so one day always moves a deadline by one working day), hours as minutes.
 */
export function stepAllottedMinutes(
  calendar: WorkingCalendar,
  allotted: { readonly amount: number; readonly unit: string },
): number {
  return allotted.unit === 'working_days'
    ? workingDaysToMinutes(calendar, allotted.amount)
    : Math.round(allotted.amount * 60);
}

/** The instant a step opened at `from` is due (its allotted working time, counted in office hours). */
export function stepDueAt(
  calendar: WorkingCalendar,
  from: Instant,
  allotted: { readonly amount: number; readonly unit: string },
): Instant {
  return addWorkingMinutes(calendar, from, stepAllottedMinutes(calendar, allotted));
}
