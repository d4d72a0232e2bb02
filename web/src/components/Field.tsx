import {
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
  useId,
} from 'react';

type Common = { label: string; error?: string | undefined; hint?: ReactNode; className?: string };

function Described({ id, error, hint }: { id: string; error?: string | undefined; hint?: ReactNode }) {
  return (
    <>
      {hint ? (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </>
  );
}

function describedBy(id: string, error?: string, hint?: ReactNode): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

export type TextFieldProps = Common &
  Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'className'> & {
    onValue: (value: string) => void;
  };

/** A labelled input with its hint and its error message (aria-invalid, aria-describedby). */
export function TextField({ label, error, hint, className, onValue, required, ...input }: TextFieldProps) {
  const id = useId();
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id}>
        {label}
        {required ? (
          <span className="required-mark" aria-hidden="true">
            {' *'}
          </span>
        ) : null}
      </label>
      <input
        id={id}
        {...input}
        aria-required={required || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
        onChange={(e) => onValue(e.target.value)}
      />
      <Described id={id} error={error} hint={hint} />
    </div>
  );
}

export type TextAreaFieldProps = Common &
  Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'onChange' | 'className'> & {
    onValue: (value: string) => void;
  };

/** A labelled multi-line text (reasons, notes). */
export function TextAreaField({
  label,
  error,
  hint,
  className,
  onValue,
  required,
  ...area
}: TextAreaFieldProps) {
  const id = useId();
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id}>
        {label}
        {required ? (
          <span className="required-mark" aria-hidden="true">
            {' *'}
          </span>
        ) : null}
      </label>
      <textarea
        id={id}
        rows={3}
        {...area}
        aria-required={required || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
        onChange={(e) => onValue(e.target.value)}
      />
      <Described id={id} error={error} hint={hint} />
    </div>
  );
}

export type SelectFieldProps = Common &
  Omit<SelectHTMLAttributes<HTMLSelectElement>, 'onChange' | 'className'> & {
    onValue: (value: string) => void;
    children: ReactNode;
  };

export function SelectField({
  label,
  error,
  hint,
  className,
  onValue,
  required,
  children,
  ...select
}: SelectFieldProps) {
  const id = useId();
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id}>
        {label}
        {required ? (
          <span className="required-mark" aria-hidden="true">
            {' *'}
          </span>
        ) : null}
      </label>
      <select
        id={id}
        {...select}
        aria-required={required || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
        onChange={(e) => onValue(e.target.value)}
      >
        {children}
      </select>
      <Described id={id} error={error} hint={hint} />
    </div>
  );
}

export type CheckboxGroupProps<T extends string> = {
  legend: string;
  options: readonly T[];
  labels: Record<T, string>;
  value: readonly T[];
  onChange: (value: T[]) => void;
  error?: string | undefined;
  hint?: ReactNode;
  required?: boolean;
};

/** A fieldset of checkboxes for choosing several values (roles, permissions). */
export function CheckboxGroup<T extends string>({
  legend,
  options,
  labels,
  value,
  onChange,
  error,
  hint,
  required,
}: CheckboxGroupProps<T>) {
  const id = useId();
  const toggle = (option: T, checked: boolean) =>
    onChange(
      checked ? options.filter((o) => o === option || value.includes(o)) : value.filter((v) => v !== option),
    );
  return (
    <fieldset className="field checkbox-group" aria-describedby={describedBy(id, error, hint)}>
      <legend>
        {legend}
        {required ? (
          <span className="required-mark" aria-hidden="true">
            {' *'}
          </span>
        ) : null}
      </legend>
      <Described id={id} error={error} hint={hint} />
      <div className="checkbox-grid">
        {options.map((option) => (
          <label key={option} className="checkbox">
            <input
              type="checkbox"
              checked={value.includes(option)}
              onChange={(e) => toggle(option, e.target.checked)}
            />
            <span>{labels[option]}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export function Checkbox({
  label,
  checked,
  onChange,
}: {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <label className="checkbox">
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      <span>{label}</span>
    </label>
  );
}
