import type { Department } from '@contract';
import { unitsApi } from '../api/units';
import { useApi } from '../lib/useApi';
import { SelectField } from './Field';

/** The active departments (phòng chuyên môn) of a unit, plus "none". */
export function DepartmentSelect({
  label,
  unitCode,
  value,
  onValue,
  error,
  keep,
}: {
  label: string;
  unitCode: string;
  value: string;
  onValue: (id: string) => void;
  error?: string | undefined;
  /** A department to keep in the list even if inactive (the user's current one). */
  keep?: string | null;
}) {
  const validCode = /^\d{2}(\d{3})?$/.test(unitCode);
  const {
    data,
    loading,
    error: loadError,
  } = useApi(
    (signal) => unitsApi.departments(unitCode, signal),
    validCode ? `departments:${unitCode}` : null,
  );
  const departments: Department[] = (data?.items ?? []).filter((d) => d.active || d.id === keep);
  const hint = loadError
    ? 'Không tải được danh sách phòng chuyên môn của đơn vị.'
    : loading
      ? 'Đang tải danh sách phòng…'
      : undefined;
  return (
    <SelectField label={label} value={value} onValue={onValue} error={error} hint={hint}>
      <option value="">— Không thuộc phòng chuyên môn —</option>
      {departments.map((d) => (
        <option key={d.id} value={d.id}>
          {d.name}
          {d.active ? '' : ' (ngừng hoạt động)'}
        </option>
      ))}
    </SelectField>
  );
}
