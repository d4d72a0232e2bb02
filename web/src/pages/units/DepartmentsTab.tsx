import type { Department } from '@contract';
import { type FormEvent, useState } from 'react';
import { unitsApi } from '../../api/units';
import { ErrorAlert, LoadError, Loading, Notice } from '../../components/Alert';
import { TextField } from '../../components/Field';
import { EmptyRow, StatusBadge } from '../../components/PageHeader';
import { useApi } from '../../lib/useApi';
import { fieldError, otherFieldErrors, useSubmit } from '../../lib/useSubmit';
import { RenameDialog } from './RenameDialog';

export function DepartmentsTab({ unitCode }: { unitCode: string }) {
  const list = useApi((signal) => unitsApi.departments(unitCode, signal), `departments:${unitCode}`);
  const add = useSubmit();
  const toggle = useSubmit();
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [renaming, setRenaming] = useState<Department | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const upsert = (d: Department) =>
    list.setData((prev) => {
      const items = prev?.items ?? [];
      return {
        items: items.some((x) => x.id === d.id) ? items.map((x) => (x.id === d.id ? d : x)) : [...items, d],
      };
    });

  const onAdd = async (e: FormEvent) => {
    e.preventDefault();
    const created = await add.run(() =>
      unitsApi.createDepartment(unitCode, { code: code.trim().toUpperCase(), name: name.trim() }),
    );
    if (!created) return;
    upsert(created);
    setCode('');
    setName('');
    setNotice(`Đã thêm phòng “${created.name}”.`);
  };

  const onToggle = async (d: Department) => {
    const updated = await toggle.run(() => unitsApi.updateDepartment(d.id, { active: !d.active }));
    if (!updated) return;
    upsert(updated);
    setNotice(
      updated.active
        ? `Đã kích hoạt phòng “${updated.name}”.`
        : `Đã ngừng hoạt động phòng “${updated.name}”.`,
    );
  };

  const items = list.data?.items ?? [];
  return (
    <div>
      <h2 className="visually-hidden">Phòng chuyên môn</h2>
      {notice ? <Notice onClose={() => setNotice(null)}>{notice}</Notice> : null}
      <ErrorAlert message={toggle.error} />
      <LoadError error={list.error} onRetry={list.reload} />
      {list.loading && !list.data ? <Loading /> : null}
      <div className="table-wrap">
        <table className="table">
          <caption className="visually-hidden">Danh sách phòng chuyên môn</caption>
          <thead>
            <tr>
              <th scope="col">Mã phòng</th>
              <th scope="col">Tên phòng</th>
              <th scope="col">Trạng thái</th>
              <th scope="col">Thao tác</th>
            </tr>
          </thead>
          <tbody>
            {items.map((d) => (
              <tr key={d.id}>
                <td className="mono">{d.code}</td>
                <td>{d.name}</td>
                <td>
                  <StatusBadge active={d.active} />
                </td>
                <td className="row-actions">
                  <button
                    type="button"
                    className="btn btn-secondary btn-small"
                    onClick={() => setRenaming(d)}
                    aria-label={`Đổi tên: ${d.name}`}
                  >
                    Đổi tên
                  </button>
                  <button
                    type="button"
                    className="btn btn-secondary btn-small"
                    onClick={() => onToggle(d)}
                    disabled={toggle.submitting}
                    aria-label={`${d.active ? 'Ngừng hoạt động' : 'Kích hoạt'}: ${d.name}`}
                  >
                    {d.active ? 'Ngừng hoạt động' : 'Kích hoạt'}
                  </button>
                </td>
              </tr>
            ))}
            {list.data && items.length === 0 ? (
              <EmptyRow colSpan={4}>Đơn vị chưa có phòng chuyên môn.</EmptyRow>
            ) : null}
          </tbody>
        </table>
      </div>

      <form className="panel form inline-form" onSubmit={onAdd} noValidate>
        <h3>Thêm phòng chuyên môn</h3>
        <ErrorAlert message={add.error} items={otherFieldErrors(add.fieldErrors, ['code', 'name'])} />
        <div className="form-grid">
          <TextField
            label="Mã phòng"
            value={code}
            onValue={setCode}
            placeholder="VD: VHXH"
            hint="Chữ in hoa, số, gạch; tối đa 20 ký tự."
            error={fieldError(add.fieldErrors, 'code')}
            required
          />
          <TextField
            label="Tên phòng"
            value={name}
            onValue={setName}
            placeholder="VD: Phòng Văn hóa - Xã hội"
            error={fieldError(add.fieldErrors, 'name')}
            required
          />
        </div>
        <div className="form-actions">
          <button type="submit" className="btn btn-primary" disabled={add.submitting}>
            Thêm phòng
          </button>
        </div>
      </form>

      {renaming ? (
        <RenameDialog
          title={`Đổi tên phòng “${renaming.name}”`}
          initial={renaming.name}
          onClose={() => setRenaming(null)}
          onSave={async (newName) => {
            const updated = await unitsApi.updateDepartment(renaming.id, { name: newName });
            upsert(updated);
            setNotice(`Đã đổi tên phòng thành “${updated.name}”.`);
          }}
        />
      ) : null}
    </div>
  );
}
