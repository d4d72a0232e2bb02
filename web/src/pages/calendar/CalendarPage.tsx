import { type FormEvent, useState } from 'react';
import { hasAny, useMe } from '../../auth/AuthContext';
import { useUnitScope } from '../../auth/UnitScope';
import { TextField } from '../../components/Field';
import { PageHeader } from '../../components/PageHeader';
import { todayLocalDate } from '../../lib/format';
import { DueDateCalculator } from './DueDateCalculator';
import { EntriesList } from './EntriesList';
import { MonthNav } from './MonthNav';
import { MonthView } from './MonthView';

export function CalendarPage() {
  const me = useMe();
  const scope = useUnitScope();
  const canManage = hasAny(me, ['calendar:manage']);
  const today = todayLocalDate();
  const [year, setYear] = useState(Number(today.slice(0, 4)));
  const [month, setMonth] = useState(Number(today.slice(5, 7)));
  const [version, setVersion] = useState(0);
  // Accounts without a scope unit (system administrator) type the unit whose calendar they look at.
  const [typedUnit, setTypedUnit] = useState('');
  const [appliedUnit, setAppliedUnit] = useState('');
  const unitCode = scope.unitCode ?? (appliedUnit || null);

  const onPickUnit = (e: FormEvent) => {
    e.preventDefault();
    setAppliedUnit(typedUnit.trim());
  };

  return (
    <section>
      <PageHeader
        title="Lịch làm việc"
        description={`Ngày nghỉ lễ, Tết, nghỉ bù và ngày làm việc bù dùng để tính thời hạn giải quyết hồ sơ${scope.unit ? ` — ${scope.unit.name}` : ''}.`}
      />
      {scope.unitCode ? null : (
        <form className="filter-bar" onSubmit={onPickUnit}>
          <TextField label="Mã đơn vị" value={typedUnit} onValue={setTypedUnit} inputMode="numeric" />
          <button type="submit" className="btn btn-secondary">
            Xem lịch
          </button>
        </form>
      )}

      <section className="panel" aria-labelledby="month-title">
        <div className="panel-header">
          <h2 id="month-title">Lịch tháng</h2>
          <MonthNav
            year={year}
            month={month}
            onChange={(y, m) => {
              setYear(y);
              setMonth(m);
            }}
          />
        </div>
        {unitCode ? (
          <MonthView unitCode={unitCode} year={year} month={month} version={version} />
        ) : (
          <p className="muted">Nhập mã đơn vị để xem lịch làm việc của đơn vị.</p>
        )}
      </section>

      <EntriesList
        year={year}
        unitCode={unitCode ?? undefined}
        canManage={canManage}
        version={version}
        onChanged={() => setVersion((v) => v + 1)}
      />

      {unitCode ? <DueDateCalculator unitCode={unitCode} /> : null}
    </section>
  );
}
