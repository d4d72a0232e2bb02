import { useState } from 'react';
import { durationText } from '../../lib/labels';
import {
  type CaseDraft,
  capacityHours,
  hoursText,
  move,
  newStep,
  type StepDraft,
  stepHours,
} from './processDraft';
import { StepEditor } from './StepEditor';

type Props = {
  draft: CaseDraft;
  cutoff: string | null;
  /** Messages keyed by the path below this case ('process.2.name', 'durations.counter' …). */
  errors: Record<string, string>;
  onChange: (draft: CaseDraft, structural: boolean) => void;
};

const STEP_KEY = /^process\.(\d+)(?:\.(.+))?$/;

/** The errors of step `index`, keyed by the rest of the path ('' = the step itself). */
function stepErrors(errors: Record<string, string>, index: number): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [path, message] of Object.entries(errors)) {
    const m = STEP_KEY.exec(path);
    if (m && Number(m[1]) === index) out[m[2] ?? ''] = message;
  }
  return out;
}

/** The process of one case (trường hợp): ordered steps and their total against the case duration. */
export function CaseEditor({ draft, cutoff, errors, onChange }: Props) {
  const [focusKey, setFocusKey] = useState<string | null>(null);
  const steps = draft.steps;
  const setSteps = (next: StepDraft[], structural: boolean) =>
    onChange({ ...draft, steps: next }, structural);
  const total = steps.reduce((sum, s) => sum + stepHours(s), 0);
  const durations = [
    { label: 'tại quầy', d: draft.durations.counter },
    ...(draft.durations.online ? [{ label: 'trực tuyến', d: draft.durations.online }] : []),
  ];
  const caseErrors = Object.entries(errors)
    .filter(([path]) => !STEP_KEY.test(path))
    .map(([, message]) => message);

  const add = () => {
    const step = newStep(steps);
    const last = steps[steps.length - 1];
    const at = last?.kind === 'return' ? steps.length - 1 : steps.length;
    setFocusKey(step.key);
    setSteps([...steps.slice(0, at), step, ...steps.slice(at)], true);
  };

  return (
    <fieldset className="case-editor panel">
      <legend className="case-legend">
        Trường hợp: {draft.name} <span className="muted mono">({draft.code})</span>
      </legend>
      <ol className="step-list">
        {steps.map((s, i) => (
          <StepEditor
            key={s.key}
            step={s}
            index={i}
            count={steps.length}
            agencies={draft.agencies}
            errors={stepErrors(errors, i)}
            autoFocus={s.key === focusKey}
            onChange={(step) =>
              setSteps(
                steps.map((x, j) => (j === i ? step : x)),
                false,
              )
            }
            onMove={(to) => setSteps(move(steps, i, to), true)}
            onRemove={() =>
              setSteps(
                steps.filter((_, j) => j !== i),
                true,
              )
            }
          />
        ))}
      </ol>
      <div className="case-footer">
        <button type="button" className="btn btn-secondary" onClick={add}>
          Thêm bước
        </button>
        <div className="case-total" aria-live="polite">
          {durations.map(({ label, d }) => {
            const capacity = capacityHours(d, cutoff);
            const over = total > capacity;
            return (
              <p key={label} className={over ? 'field-error' : 'muted'}>
                Tổng thời gian các bước: <strong>{hoursText(total)} giờ làm việc</strong> / thời hạn giải
                quyết {label} {durationText(d)} ({hoursText(capacity)} giờ làm việc)
                {over ? ` — vượt ${hoursText(total - capacity)} giờ` : ''}
              </p>
            );
          })}
        </div>
      </div>
      {caseErrors.length ? (
        <ul className="case-errors" role="alert">
          {caseErrors.map((m) => (
            <li key={m} className="field-error">
              {m}
            </li>
          ))}
        </ul>
      ) : null}
    </fieldset>
  );
}
