import { useId } from 'react';
import { useUnitScope } from '../auth/UnitScope';
import { UNIT_KIND_LABELS } from '../lib/labels';

/** Shown to accounts whose scope has more than one unit (province users). */
export function UnitSwitcher() {
  const { options, unitCode, setUnitCode } = useUnitScope();
  const id = useId();
  if (options.length <= 1) return null;
  return (
    <div className="unit-switcher">
      <label htmlFor={id}>Đơn vị làm việc</label>
      <select id={id} value={unitCode ?? ''} onChange={(e) => setUnitCode(e.target.value)}>
        {options.map((u) => (
          <option key={u.code} value={u.code}>
            {u.name} — {UNIT_KIND_LABELS[u.kind]}
          </option>
        ))}
      </select>
    </div>
  );
}
