import { todayLocalDate } from '../../lib/format';

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

export function MonthNav({
  year,
  month,
  onChange,
}: {
  year: number;
  month: number;
  onChange: (year: number, month: number) => void;
}) {
  const shift = (delta: number) => {
    const index = year * 12 + (month - 1) + delta;
    onChange(Math.floor(index / 12), (index % 12) + 1);
  };
  const thisYear = Number(todayLocalDate().slice(0, 4));
  const years = Array.from({ length: 11 }, (_, i) => thisYear - 5 + i);
  if (!years.includes(year)) years.push(year);
  years.sort((a, b) => a - b);
  return (
    <div className="month-nav">
      <button type="button" className="btn btn-secondary btn-small" onClick={() => shift(-1)}>
        ‹ Tháng trước
      </button>
      <label className="inline-label">
        <span>Tháng</span>
        <select value={month} onChange={(e) => onChange(year, Number(e.target.value))}>
          {MONTHS.map((m) => (
            <option key={m} value={m}>
              Tháng {m}
            </option>
          ))}
        </select>
      </label>
      <label className="inline-label">
        <span>Năm</span>
        <select value={year} onChange={(e) => onChange(Number(e.target.value), month)}>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </label>
      <button type="button" className="btn btn-secondary btn-small" onClick={() => shift(1)}>
        Tháng sau ›
      </button>
      <button
        type="button"
        className="btn btn-ghost-dark btn-small"
        onClick={() => {
          const today = todayLocalDate();
          onChange(Number(today.slice(0, 4)), Number(today.slice(5, 7)));
        }}
      >
        Tháng này
      </button>
    </div>
  );
}
