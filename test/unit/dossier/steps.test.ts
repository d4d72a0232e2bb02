import { describe, expect, it } from 'vitest';
import { createWorkingCalendar, localInstant } from '../../../src/domain/calendar/index.js';
import {
  firstStep,
  isLastStep,
  nextStep,
  type ProcessDefinition,
  type ProcessStep,
  previousStep,
  SUPPLEMENT_WINDOW_WORKING_DAYS,
  stepAllottedHours,
  stepAt,
  stepTitle,
  validateProcess,
  workingDaysElapsed,
} from '../../../src/domain/dossier/index.js';
import { ONE_STEP, PROCESS } from './helpers/fixtures.js';

describe('step navigation', () => {
  it('walks forward and back through the steps', () => {
    expect(firstStep(PROCESS)).toMatchObject({ ok: true, value: { index: 0, step: { code: 'tiep_nhan' } } });
    expect(nextStep(PROCESS, 0)).toMatchObject({
      ok: true,
      value: { index: 1, step: { code: 'phan_cong' } },
    });
    expect(nextStep(PROCESS, 2)).toMatchObject({ ok: true, value: { index: 3, step: { code: 'ky_duyet' } } });
    expect(previousStep(PROCESS, 3)).toMatchObject({
      ok: true,
      value: { index: 2, step: { code: 'tham_dinh' } },
    });
    expect(stepTitle(PROCESS, 2)).toBe('Bước 3 (Thẩm định hồ sơ)');
  });

  it('refuses forward from the last step and back from the first, in Vietnamese', () => {
    expect(nextStep(PROCESS, 3)).toEqual({
      ok: false,
      code: 'LAST_STEP',
      message:
        'Bước 4 (Ký duyệt kết quả) là bước cuối của quy trình, không còn bước tiếp theo để chuyển; hãy cập nhật kết quả giải quyết.',
    });
    expect(previousStep(PROCESS, 0)).toMatchObject({ ok: false, code: 'FIRST_STEP' });
    expect(nextStep(ONE_STEP, 0)).toMatchObject({ ok: false, code: 'LAST_STEP' });
    expect(previousStep(ONE_STEP, 0)).toMatchObject({ ok: false, code: 'FIRST_STEP' });
  });

  it('rejects indices outside the process', () => {
    for (const index of [-1, 4, 1.5, Number.NaN]) {
      expect(nextStep(PROCESS, index)).toMatchObject({ ok: false, code: 'INVALID_STEP_INDEX' });
      expect(previousStep(PROCESS, index)).toMatchObject({ ok: false, code: 'INVALID_STEP_INDEX' });
      expect(stepAt(PROCESS, index)).toBeNull();
      expect(isLastStep(PROCESS, index)).toBe(false);
    }
    expect(firstStep({ ...PROCESS, steps: [] })).toMatchObject({ ok: false, code: 'INVALID_STEP_INDEX' });
  });

  it('knows the last step', () => {
    expect([0, 1, 2, 3].map((i) => isLastStep(PROCESS, i))).toEqual([false, false, false, true]);
    expect(isLastStep(ONE_STEP, 0)).toBe(true);
  });

  it('converts allotments to hours for evaluateStepDeadline (8 h per working day)', () => {
    expect(PROCESS.steps.map((s) => stepAllottedHours(s))).toEqual([4, 4, 16, 8]);
    expect(stepAllottedHours(PROCESS.steps[2]!, 7.5)).toBe(15);
  });
});

describe('validateProcess', () => {
  const step = (over: Partial<ProcessStep>): ProcessStep => ({ ...PROCESS.steps[0]!, ...over });
  const withSteps = (steps: ProcessStep[]): ProcessDefinition => ({ ...PROCESS, steps });

  it('accepts the fixtures', () => {
    expect(validateProcess(PROCESS)).toEqual({ ok: true, value: PROCESS });
    expect(validateProcess(ONE_STEP).ok).toBe(true);
  });

  it('names each problem', () => {
    const cases: Array<[ProcessDefinition, string]> = [
      [withSteps([]), 'PROCESS_EMPTY'],
      [withSteps([step({ code: 'bước 1' })]), 'STEP_CODE_INVALID'],
      [withSteps([step({}), step({ name: 'Khác' })]), 'STEP_CODE_DUPLICATE'],
      [withSteps([step({ name: '  ' })]), 'STEP_NAME_REQUIRED'],
      [withSteps([step({ role: null, departmentCode: null })]), 'STEP_BINDING_REQUIRED'],
      [withSteps([step({ role: null, departmentCode: ' ' })]), 'STEP_BINDING_REQUIRED'],
      [withSteps([step({ allotted: { amount: 1.5, unit: 'working_days' } })]), 'STEP_ALLOTMENT_INVALID'],
      [withSteps([step({ allotted: { amount: 0, unit: 'working_hours' } })]), 'STEP_ALLOTMENT_INVALID'],
      [
        withSteps([step({ allotted: { amount: 2, unit: 'calendar_days' as 'working_days' } })]),
        'STEP_ALLOTMENT_INVALID',
      ],
    ];
    for (const [process, code] of cases) {
      const r = validateProcess(process);
      expect(r).toMatchObject({ ok: false, code });
      if (!r.ok) expect(r.message.length).toBeGreaterThan(10);
    }
    expect(validateProcess(withSteps([step({ role: null, departmentCode: 'VHXH' })])).ok).toBe(true);
    expect(validateProcess(withSteps([step({ allotted: { amount: 0.5, unit: 'working_hours' } })])).ok).toBe(
      true,
    );
  });
});

describe('workingDaysElapsed (supplement window after appraisal)', () => {
  const calendar = createWorkingCalendar();
  // Received Thursday 2026-03-05; the window is 3 working days: Fri 6, Mon 9, Tue 10.
  const receivedAt = localInstant('2026-03-05', '16:30');

  it('does not count the day of receipt and skips the weekend', () => {
    const at = (date: string) => workingDaysElapsed(calendar, receivedAt, localInstant(date, '10:00'));
    expect(at('2026-03-05')).toBe(0);
    expect(at('2026-03-06')).toBe(1);
    expect(at('2026-03-08')).toBe(1);
    expect(at('2026-03-09')).toBe(2);
    expect(at('2026-03-10')).toBe(SUPPLEMENT_WINDOW_WORKING_DAYS);
    expect(at('2026-03-11')).toBe(4);
  });
});
