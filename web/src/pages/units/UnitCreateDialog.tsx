import type { UnitKind } from '@contract';
import { type FormEvent, useState } from 'react';
import { unitsApi } from '../../api/units';
import { ErrorAlert } from '../../components/Alert';
import { DateField, isLocalDate } from '../../components/DateTimeFields';
import { Dialog } from '../../components/Dialog';
import { SelectField, TextField } from '../../components/Field';
import { UNIT_KIND_LABELS, UNIT_KINDS } from '../../lib/labels';
import { fieldError, otherFieldErrors, useSubmit } from '../../lib/useSubmit';
import { useProvinces } from './useProvinces';

const FIELDS = ['code', 'name', 'kind', 'parentCode', 'centerName', 'validFrom'];

export function UnitCreateDialog({
  onClose,
  onCreated,
}: {
  onClose: () => void;
  onCreated: (code: string) => void;
}) {
  const submit = useSubmit();
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [kind, setKind] = useState<UnitKind>('commune');
  const [parentCode, setParentCode] = useState('');
  const [centerName, setCenterName] = useState('');
  const [validFrom, setValidFrom] = useState('');
  const isProvince = kind === 'province';
  const { provinces, loading } = useProvinces(!isProvince);

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    if (validFrom && !isLocalDate(validFrom)) {
      submit.setError('Vui lòng kiểm tra lại thông tin.', {
        validFrom: 'Ngày không hợp lệ, hãy nhập theo dạng dd/mm/yyyy.',
      });
      return;
    }
    const created = await submit.run(() =>
      unitsApi.create({
        code: code.trim(),
        name: name.trim(),
        kind,
        parentCode: isProvince ? null : parentCode || null,
        centerName: centerName.trim() || undefined,
        validFrom: validFrom || undefined,
      }),
    );
    if (created) onCreated(created.code);
  };

  const fe = submit.fieldErrors;
  return (
    <Dialog title="Thêm đơn vị hành chính" onClose={onClose} size="wide">
      <form className="form" onSubmit={onSubmit} noValidate>
        <ErrorAlert message={submit.error} items={otherFieldErrors(fe, FIELDS)} />
        <div className="form-grid">
          <TextField
            label="Mã đơn vị"
            value={code}
            onValue={setCode}
            inputMode="numeric"
            maxLength={5}
            hint="Mã theo danh mục đơn vị hành chính: 2 chữ số (tỉnh) hoặc 5 chữ số (xã, phường, đặc khu)."
            error={fieldError(fe, 'code')}
            required
          />
          <SelectField
            label="Loại đơn vị"
            value={kind}
            onValue={(v) => setKind(v as UnitKind)}
            error={fieldError(fe, 'kind')}
            required
          >
            {UNIT_KINDS.map((k) => (
              <option key={k} value={k}>
                {UNIT_KIND_LABELS[k]}
              </option>
            ))}
          </SelectField>
        </div>
        <TextField
          label="Tên đơn vị"
          value={name}
          onValue={setName}
          placeholder="Ví dụ: Phường Tam Thanh"
          error={fieldError(fe, 'name')}
          required
        />
        {isProvince ? null : (
          <SelectField
            label="Thuộc tỉnh/thành phố"
            value={parentCode}
            onValue={setParentCode}
            error={fieldError(fe, 'parentCode')}
            hint={loading ? 'Đang tải danh sách tỉnh/thành phố…' : undefined}
            required
          >
            <option value="">— Chọn tỉnh/thành phố —</option>
            {provinces.map((p) => (
              <option key={p.code} value={p.code}>
                {p.name} (mã {p.code})
              </option>
            ))}
          </SelectField>
        )}
        <TextField
          label="Tên Trung tâm Phục vụ hành chính công"
          value={centerName}
          onValue={setCenterName}
          placeholder="Ví dụ: Trung tâm Phục vụ hành chính công phường Tam Thanh"
          error={fieldError(fe, 'centerName')}
        />
        <DateField
          label="Hiệu lực từ ngày"
          value={validFrom}
          onValue={setValidFrom}
          hint="Để trống nếu có hiệu lực từ hôm nay."
          error={fieldError(fe, 'validFrom')}
        />
        <div className="form-actions">
          <button type="submit" className="btn btn-primary" disabled={submit.submitting}>
            {submit.submitting ? 'Đang lưu…' : 'Tạo đơn vị'}
          </button>
          <button type="button" className="btn btn-secondary" onClick={onClose}>
            Hủy
          </button>
        </div>
      </form>
    </Dialog>
  );
}
