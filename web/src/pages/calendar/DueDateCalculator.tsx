import type { DueDateResult, DurationUnit } from '@contract';
import { type FormEvent, useState } from 'react';
import { calendarApi } from '../../api/calendar';
import { ErrorAlert } from '../../components/Alert';
import { DateField, isLocalDate, isTime, TimeField } from '../../components/DateTimeFields';
import { SelectField, TextField } from '../../components/Field';
import { formatDateTimeWithWeekday, nowLocalTime, todayLocalDate, toVnIso } from '../../lib/format';
import { DURATION_UNIT_LABELS, DURATION_UNITS } from '../../lib/labels';
import { fieldError, otherFieldErrors, useSubmit } from '../../lib/useSubmit';

/** Asks the server for the due date of a dossier received at a given moment, with its explanation. */
export function DueDateCalculator({ unitCode }: { unitCode: string }) {
  const submit = useSubmit();
  const [date, setDate] = useState(todayLocalDate());
  const [time, setTime] = useState(nowLocalTime());
  const [amount, setAmount] = useState('3');
  const [durationUnit, setDurationUnit] = useState<DurationUnit>('working_days');
  const [cutoff, setCutoff] = useState('');
  const [result, setResult] = useState<DueDateResult | null>(null);

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setResult(null);
    const fields: Record<string, string> = {};
    if (!isLocalDate(date)) fields.receivedAt = 'Ngày tiếp nhận không hợp lệ, hãy nhập theo dạng dd/mm/yyyy.';
    if (!isTime(time)) fields.time = 'Giờ tiếp nhận không hợp lệ, hãy nhập theo dạng HH:mm.';
    if (cutoff && !isTime(cutoff)) fields.cutoff = 'Giờ chốt không hợp lệ, hãy nhập theo dạng HH:mm.';
    const n = Number(amount.replace(',', '.'));
    if (amount.trim() === '' || !Number.isFinite(n) || n < 0 || n > 3650) {
      fields.amount = 'Thời hạn là số từ 0 đến 3.650.';
    }
    if (Object.keys(fields).length) {
      submit.setError('Vui lòng kiểm tra lại thông tin.', fields);
      return;
    }
    const computed = await submit.run(() =>
      calendarApi.dueDate({
        unitCode,
        receivedAt: toVnIso(date, time),
        amount: n,
        durationUnit,
        cutoff: cutoff || undefined,
      }),
    );
    if (computed) setResult(computed);
  };

  const fe = submit.fieldErrors;
  return (
    <section className="panel" aria-labelledby="due-date-title">
      <h2 id="due-date-title">Tính hạn giải quyết</h2>
      <p className="muted">
        Tính thời hạn trả kết quả theo lịch làm việc của đơn vị (bỏ qua ngày nghỉ, tính ngày làm việc bù).
      </p>
      <form className="form" onSubmit={onSubmit} noValidate>
        <ErrorAlert
          message={submit.error}
          items={otherFieldErrors(fe, ['receivedAt', 'time', 'amount', 'durationUnit', 'cutoff', 'unitCode'])}
        />
        <div className="form-grid form-grid-3">
          <DateField
            label="Ngày tiếp nhận"
            value={date}
            onValue={setDate}
            error={fieldError(fe, 'receivedAt')}
            required
          />
          <TimeField label="Giờ tiếp nhận" value={time} onValue={setTime} error={fe.time} required />
          <TimeField
            label="Giờ chốt tiếp nhận"
            value={cutoff}
            onValue={setCutoff}
            hint="Hồ sơ nhận sau giờ này được tính từ ngày làm việc tiếp theo. Để trống nếu theo quy định chung."
            error={fieldError(fe, 'cutoff')}
          />
          <TextField
            label="Thời hạn giải quyết"
            type="number"
            min={0}
            max={3650}
            step="any"
            inputMode="decimal"
            value={amount}
            onValue={setAmount}
            error={fieldError(fe, 'amount')}
            required
          />
          <SelectField
            label="Đơn vị tính"
            value={durationUnit}
            onValue={(v) => setDurationUnit(v as DurationUnit)}
            error={fieldError(fe, 'durationUnit')}
          >
            {DURATION_UNITS.map((u) => (
              <option key={u} value={u}>
                {DURATION_UNIT_LABELS[u]}
              </option>
            ))}
          </SelectField>
        </div>
        <div className="form-actions">
          <button type="submit" className="btn btn-primary" disabled={submit.submitting}>
            {submit.submitting ? 'Đang tính…' : 'Tính hạn'}
          </button>
        </div>
      </form>
      <div aria-live="polite">
        {result ? (
          <div className="due-result" data-testid="due-date-result">
            <dl className="info-list">
              <div>
                <dt>Hạn giải quyết</dt>
                <dd className="due-at">{formatDateTimeWithWeekday(result.dueAt)}</dd>
              </div>
              <div>
                <dt>Bắt đầu tính thời hạn</dt>
                <dd>{formatDateTimeWithWeekday(result.countingStartsAt)}</dd>
              </div>
            </dl>
            {result.explanation.length ? (
              <>
                <h3>Diễn giải</h3>
                <ol className="explanation">
                  {result.explanation.map((line, i) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: explanation lines are ordered and may repeat
                    <li key={i}>{line}</li>
                  ))}
                </ol>
              </>
            ) : null}
          </div>
        ) : null}
      </div>
    </section>
  );
}
