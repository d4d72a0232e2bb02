import type { CalendarEntry, CalendarEntryKind } from '@contract';
import { type FormEvent, useState } from 'react';
import { calendarApi } from '../../api/calendar';
import { useMe } from '../../auth/AuthContext';
import { useUnitScope } from '../../auth/UnitScope';
import { ErrorAlert } from '../../components/Alert';
import { DateField, isLocalDate } from '../../components/DateTimeFields';
import { Dialog } from '../../components/Dialog';
import { SelectField, TextField } from '../../components/Field';
import { CALENDAR_KIND_LABELS, CALENDAR_KINDS } from '../../lib/labels';
import { fieldError, otherFieldErrors, useSubmit } from '../../lib/useSubmit';

const NATIONAL = '__national__';
const FIELDS = ['date', 'kind', 'name', 'legalDocument', 'unitCode'];

export type EntryDraft = {
  /** Set when editing an admin entry; null when creating (also to confirm or override a built-in entry). */
  id: string | null;
  date: string;
  kind: CalendarEntryKind;
  name: string;
  legalDocument: string;
  unitCode: string | null;
};

export function draftFrom(entry: CalendarEntry, asNew: boolean): EntryDraft {
  return {
    id: asNew ? null : entry.id,
    date: entry.date,
    kind: entry.kind,
    name: entry.name,
    legalDocument: entry.legalDocument,
    unitCode: entry.unitCode,
  };
}

export function EntryDialog({
  title,
  draft,
  onClose,
  onSaved,
}: {
  title: string;
  draft: EntryDraft;
  onClose: () => void;
  onSaved: (entry: CalendarEntry) => void;
}) {
  const me = useMe();
  const scope = useUnitScope();
  const submit = useSubmit();
  const [date, setDate] = useState(draft.date);
  const [kind, setKind] = useState<CalendarEntryKind>(draft.kind);
  const [name, setName] = useState(draft.name);
  const [legalDocument, setLegalDocument] = useState(draft.legalDocument);
  const [scopeValue, setScopeValue] = useState(draft.unitCode ?? scope.unitCode ?? NATIONAL);
  const editing = draft.id !== null;
  const canNational = me.roles.includes('system_admin');

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    if (!isLocalDate(date)) {
      submit.setError('Vui lòng kiểm tra lại thông tin.', {
        date: 'Ngày không hợp lệ, hãy nhập theo dạng dd/mm/yyyy.',
      });
      return;
    }
    const body = { date, kind, name: name.trim(), legalDocument: legalDocument.trim() };
    const saved = await submit.run(() =>
      draft.id
        ? calendarApi.updateEntry(draft.id, body)
        : calendarApi.createEntry({ ...body, unitCode: scopeValue === NATIONAL ? null : scopeValue }),
    );
    if (saved) onSaved(saved);
  };

  const fe = submit.fieldErrors;
  return (
    <Dialog title={title} onClose={onClose} size="wide">
      <form className="form" onSubmit={onSubmit} noValidate>
        <ErrorAlert message={submit.error} items={otherFieldErrors(fe, FIELDS)} />
        <div className="form-grid">
          <DateField label="Ngày" value={date} onValue={setDate} error={fieldError(fe, 'date')} required />
          <SelectField
            label="Loại ngày"
            value={kind}
            onValue={(v) => setKind(v as CalendarEntryKind)}
            error={fieldError(fe, 'kind')}
            required
          >
            {CALENDAR_KINDS.map((k) => (
              <option key={k} value={k}>
                {CALENDAR_KIND_LABELS[k]}
              </option>
            ))}
          </SelectField>
        </div>
        <TextField
          label="Tên gọi"
          value={name}
          onValue={setName}
          placeholder="VD: Tết Nguyên đán"
          error={fieldError(fe, 'name')}
          required
        />
        <TextField
          label="Văn bản quy định"
          value={legalDocument}
          onValue={setLegalDocument}
          placeholder="VD: Thông báo số …/TB-BNV ngày … của Bộ Nội vụ"
          error={fieldError(fe, 'legalDocument')}
          required
        />
        {editing ? null : (
          <SelectField
            label="Phạm vi áp dụng"
            value={scopeValue}
            onValue={setScopeValue}
            error={fieldError(fe, 'unitCode')}
          >
            {canNational || scope.options.length === 0 ? <option value={NATIONAL}>Toàn quốc</option> : null}
            {scope.options.map((u) => (
              <option key={u.code} value={u.code}>
                {u.name}
              </option>
            ))}
          </SelectField>
        )}
        <div className="form-actions">
          <button type="submit" className="btn btn-primary" disabled={submit.submitting}>
            {submit.submitting ? 'Đang lưu…' : 'Lưu'}
          </button>
          <button type="button" className="btn btn-secondary" onClick={onClose}>
            Hủy
          </button>
        </div>
      </form>
    </Dialog>
  );
}
