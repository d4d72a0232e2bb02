import { calendarApi } from '../../api/calendar';
import { LoadError } from '../../components/Alert';
import {
  daysInMonth,
  isoDate,
  mondayIndex,
  todayLocalDate,
  WEEKDAY_LONG,
  WEEKDAY_SHORT,
} from '../../lib/format';
import { CALENDAR_KIND_LABELS } from '../../lib/labels';
import { useApi } from '../../lib/useApi';

/** A Monday-first month grid; days off are highlighted with the names of their calendar entries. */
export function MonthView({
  unitCode,
  year,
  month,
  version,
}: {
  unitCode: string;
  year: number;
  month: number;
  version: number;
}) {
  const count = daysInMonth(year, month);
  const from = isoDate(year, month, 1);
  const to = isoDate(year, month, count);
  const { data, error, loading, reload } = useApi(
    (signal) => calendarApi.days(unitCode, from, to, signal),
    `days:${unitCode}:${from}:${version}`,
  );
  const byDate = new Map((data?.days ?? []).map((d) => [d.date, d]));
  const today = todayLocalDate();

  type Cell = { key: string; date: string | null };
  const cells: Cell[] = Array.from({ length: mondayIndex(from) }, (_, n) => ({
    key: `lead-${n}`,
    date: null,
  }));
  for (let day = 1; day <= count; day++) {
    const date = isoDate(year, month, day);
    cells.push({ key: date, date });
  }
  while (cells.length % 7) cells.push({ key: `trail-${cells.length}`, date: null });
  const weeks: Cell[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));

  return (
    <div className="month-view" aria-busy={loading}>
      <LoadError error={error} onRetry={reload} />
      <table className="month-grid">
        <caption>
          Tháng {month} năm {year}
        </caption>
        <thead>
          <tr>
            {WEEKDAY_SHORT.map((d, i) => (
              <th key={d} scope="col">
                <abbr title={WEEKDAY_LONG[i]}>{d}</abbr>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week) => (
            <tr key={week.map((c) => c.key).join('|')}>
              {week.map(({ key, date }) => {
                if (!date) return <td key={key} className="blank" />;
                const day = byDate.get(date);
                const off = day ? !day.working : false;
                const classes = [
                  'day',
                  off ? 'off' : '',
                  day?.working && day.entries.length ? 'extra-work' : '',
                ];
                return (
                  <td
                    key={date}
                    className={classes.filter(Boolean).join(' ')}
                    data-testid={`ngay-${date}`}
                    aria-current={date === today ? 'date' : undefined}
                  >
                    <span className="day-num">{Number(date.slice(8))}</span>
                    {day ? (
                      <span className="visually-hidden">{off ? ' — ngày nghỉ' : ' — ngày làm việc'}</span>
                    ) : null}
                    {day?.entries.length ? (
                      <ul className="day-entries">
                        {day.entries.map((e) => (
                          <li key={`${e.kind}-${e.id ?? e.name}`} title={CALENDAR_KIND_LABELS[e.kind]}>
                            {e.name}
                            {e.provisional ? (
                              <span className="badge badge-warn badge-tiny">dự kiến</span>
                            ) : null}
                          </li>
                        ))}
                      </ul>
                    ) : null}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <ul className="legend" aria-label="Chú giải">
        <li>
          <span className="swatch swatch-off" aria-hidden="true" /> Ngày nghỉ (cuối tuần, lễ, Tết, nghỉ bù)
        </li>
        <li>
          <span className="swatch swatch-extra" aria-hidden="true" /> Ngày làm việc bù
        </li>
        <li>
          <span className="badge badge-warn badge-tiny">dự kiến</span> Chưa có văn bản chính thức
        </li>
      </ul>
    </div>
  );
}
