import type { Unit } from '@contract';
import { type FormEvent, useState } from 'react';
import { unitsApi } from '../../api/units';
import { ErrorAlert } from '../../components/Alert';
import { DateField, isLocalDate } from '../../components/DateTimeFields';
import { Dialog } from '../../components/Dialog';
import { TextField } from '../../components/Field';
import { fieldError, otherFieldErrors, useSubmit } from '../../lib/useSubmit';

const FIELDS = ['name', 'centerName', 'validTo', 'successorCode'];

/** Edits the name and Center name of a unit, or ends its validity (merger: validTo + successor). */
export function UnitEditDialog({
  unit,
  onClose,
  onSaved,
}: {
  unit: Unit;
  onClose: () => void;
  onSaved: (unit: Unit) => void;
}) {
  const submit = useSubmit();
  const [name, setName] = useState(unit.name);
  const [centerName, setCenterName] = useState(unit.centerName ?? '');
  const [validTo, setValidTo] = useState(unit.validTo ?? '');
  const [successorCode, setSuccessorCode] = useState(unit.successorCode ?? '');

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    if (validTo && !isLocalDate(validTo)) {
      submit.setError('Vui lòng kiểm tra lại thông tin.', {
        validTo: 'Ngày không hợp lệ, hãy nhập theo dạng dd/mm/yyyy.',
      });
      return;
    }
    const saved = await submit.run(() =>
      unitsApi.update(unit.code, {
        name: name.trim() !== unit.name ? name.trim() : undefined,
        centerName:
          centerName.trim() && centerName.trim() !== unit.centerName ? centerName.trim() : undefined,
        validTo: (validTo || null) !== unit.validTo ? validTo || null : undefined,
        successorCode:
          (successorCode.trim() || null) !== unit.successorCode ? successorCode.trim() || null : undefined,
      }),
    );
    if (saved) onSaved(saved);
  };

  const fe = submit.fieldErrors;
  return (
    <Dialog title={`Sửa thông tin ${unit.name}`} onClose={onClose} size="wide">
      <form className="form" onSubmit={onSubmit} noValidate>
        <ErrorAlert message={submit.error} items={otherFieldErrors(fe, FIELDS)} />
        <TextField
          label="Tên đơn vị"
          value={name}
          onValue={setName}
          error={fieldError(fe, 'name')}
          required
        />
        <TextField
          label="Tên Trung tâm Phục vụ hành chính công"
          value={centerName}
          onValue={setCenterName}
          error={fieldError(fe, 'centerName')}
        />
        <div className="form-grid">
          <DateField
            label="Hết hiệu lực từ ngày"
            value={validTo}
            onValue={setValidTo}
            hint="Chỉ điền khi đơn vị bị giải thể hoặc sáp nhập."
            error={fieldError(fe, 'validTo')}
          />
          <TextField
            label="Mã đơn vị kế thừa"
            value={successorCode}
            onValue={setSuccessorCode}
            inputMode="numeric"
            hint="Đơn vị tiếp nhận sau sáp nhập (nếu có)."
            error={fieldError(fe, 'successorCode')}
          />
        </div>
        <div className="form-actions">
          <button type="submit" className="btn btn-primary" disabled={submit.submitting}>
            Lưu thay đổi
          </button>
          <button type="button" className="btn btn-secondary" onClick={onClose}>
            Hủy
          </button>
        </div>
      </form>
    </Dialog>
  );
}
