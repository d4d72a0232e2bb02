import { useId } from 'react';

/** A fieldset of radio buttons; the legend is the group's accessible name. */
export function RadioGroup<T extends string>({
  legend,
  options,
  labels,
  value,
  onChange,
  error,
  disabled,
}: {
  legend: string;
  options: readonly T[];
  labels: Record<T, string>;
  value: T;
  onChange: (value: T) => void;
  error?: string | undefined;
  disabled?: readonly T[];
}) {
  const name = useId();
  return (
    <fieldset
      className="field checkbox-group radio-group"
      aria-describedby={error ? `${name}-error` : undefined}
    >
      <legend>{legend}</legend>
      {error ? (
        <p className="field-error" id={`${name}-error`}>
          {error}
        </p>
      ) : null}
      <div className="radio-row">
        {options.map((option) => (
          <label key={option} className="checkbox">
            <input
              type="radio"
              name={name}
              value={option}
              checked={value === option}
              disabled={disabled?.includes(option)}
              onChange={() => onChange(option)}
            />
            <span>{labels[option]}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
