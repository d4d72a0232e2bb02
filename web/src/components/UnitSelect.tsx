import type { UnitRef } from '@contract';
import { useUnitScope } from '../auth/UnitScope';
import { UNIT_KIND_LABELS } from '../lib/labels';
import { SelectField, TextField } from './Field';

export function unitOptionLabel(unit: UnitRef): string {
  return `${unit.name} (${UNIT_KIND_LABELS[unit.kind]}, mã ${unit.code})`;
}

/**
 * Chooses a unit among the account's scope units. An account without a scope (system administrator)
 * types the unit code instead.
 */
export function UnitSelect({
  label,
  value,
  onValue,
  error,
  required,
  extraOptions,
}: {
  label: string;
  value: string;
  onValue: (code: string) => void;
  error?: string | undefined;
  required?: boolean;
  extraOptions?: { value: string; label: string }[];
}) {
  const { options } = useUnitScope();
  if (options.length === 0) {
    return (
      <TextField
        label={label}
        value={value}
        onValue={onValue}
        error={error}
        required={required}
        inputMode="numeric"
        hint="Nhập mã đơn vị hành chính (2 chữ số với tỉnh, 5 chữ số với xã, phường, đặc khu)."
      />
    );
  }
  return (
    <SelectField label={label} value={value} onValue={onValue} error={error} required={required}>
      {extraOptions?.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
      {options.map((u) => (
        <option key={u.code} value={u.code}>
          {unitOptionLabel(u)}
        </option>
      ))}
    </SelectField>
  );
}
