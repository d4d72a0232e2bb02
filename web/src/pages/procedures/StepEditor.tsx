import type { AllotmentUnitCode, RoleCode, StepKindCode } from '@contract';
import { SelectField, TextField } from '../../components/Field';
import {
  ALLOTMENT_UNIT_LABELS,
  ALLOTMENT_UNITS,
  ROLE_LABELS,
  STEP_KIND_LABELS,
  STEP_KINDS,
} from '../../lib/labels';
import type { CaseDraft, StepDraft } from './processDraft';

/** Roles that perform steps of a process (administrators and province viewers do not). */
const PERFORMER_ROLES: readonly RoleCode[] = [
  'receiving_officer',
  'processing_officer',
  'department_head',
  'signing_leader',
  'clerk',
  'procedure_controller',
  'center_director',
];

type Props = {
  step: StepDraft;
  index: number;
  count: number;
  agencies: CaseDraft['agencies'];
  /** Messages keyed by the server's path below this step ('' = the step itself, 'name', 'role' …). */
  errors: Record<string, string>;
  autoFocus: boolean;
  onChange: (step: StepDraft) => void;
  onMove: (to: number) => void;
  onRemove: () => void;
};

/** One step of a case's process: name, kind, performer, allotted working time; move and remove. */
export function StepEditor({
  step,
  index,
  count,
  agencies,
  errors,
  autoFocus,
  onChange,
  onMove,
  onRemove,
}: Props) {
  const n = index + 1;
  const set = (patch: Partial<StepDraft>) => onChange({ ...step, ...patch });
  const stepError = errors[''] ?? errors.code;
  return (
    <li className="step-editor">
      <fieldset className="step-fieldset" aria-describedby={stepError ? `${step.key}-error` : undefined}>
        <legend>
          Bước {n}
          {step.name.trim() ? <span className="muted">: {step.name}</span> : null}
        </legend>
        {stepError ? (
          <p className="field-error" id={`${step.key}-error`}>
            {stepError}
          </p>
        ) : null}
        <div className="step-grid">
          <TextField
            label="Tên bước"
            className="step-name"
            value={step.name}
            onValue={(name) => set({ name })}
            error={errors.name}
            required
            maxLength={200}
            autoFocus={autoFocus}
          />
          <SelectField
            label="Loại bước"
            value={step.kind}
            onValue={(kind) => set({ kind: kind as StepKindCode })}
            error={errors.kind}
          >
            {STEP_KINDS.map((k) => (
              <option key={k} value={k}>
                {STEP_KIND_LABELS[k]}
              </option>
            ))}
          </SelectField>
          <SelectField
            label="Vai trò thực hiện"
            value={step.performer}
            onValue={(performer) => set({ performer })}
            error={errors.role ?? errors.agencyCode}
          >
            {PERFORMER_ROLES.map((r) => (
              <option key={r} value={`role:${r}`}>
                {ROLE_LABELS[r]}
              </option>
            ))}
            {agencies.map((a) => (
              <option key={a.code} value={`agency:${a.code}`}>
                Cơ quan phối hợp: {a.name}
              </option>
            ))}
          </SelectField>
          <div className="step-time">
            <TextField
              label="Thời gian"
              value={step.amount}
              onValue={(amount) => set({ amount })}
              inputMode="decimal"
              autoComplete="off"
              error={errors['allotted.amount'] ?? errors.allotted}
              required
            />
            <SelectField
              label="Đơn vị thời gian"
              value={step.unit}
              onValue={(unit) => set({ unit: unit as AllotmentUnitCode })}
              error={errors['allotted.unit']}
            >
              {ALLOTMENT_UNITS.map((u) => (
                <option key={u} value={u}>
                  {ALLOTMENT_UNIT_LABELS[u]}
                </option>
              ))}
            </SelectField>
          </div>
        </div>
        <div className="row-actions step-actions">
          <button
            type="button"
            className="btn btn-secondary btn-small"
            onClick={() => onMove(index - 1)}
            disabled={index === 0}
            aria-label={`Chuyển lên trên: bước ${n}`}
          >
            ↑ Lên
          </button>
          <button
            type="button"
            className="btn btn-secondary btn-small"
            onClick={() => onMove(index + 1)}
            disabled={index === count - 1}
            aria-label={`Chuyển xuống dưới: bước ${n}`}
          >
            ↓ Xuống
          </button>
          <button
            type="button"
            className="btn btn-danger btn-small"
            onClick={onRemove}
            disabled={count === 1}
            aria-label={`Xóa bước ${n}`}
          >
            Xóa
          </button>
        </div>
      </fieldset>
    </li>
  );
}
