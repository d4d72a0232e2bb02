import type { Counter } from '@contract';
import { type FormEvent, useState } from 'react';
import { unitsApi } from '../../api/units';
import { ErrorAlert, LoadError, Loading, Notice } from '../../components/Alert';
import { TextField } from '../../components/Field';
import { EmptyRow, StatusBadge } from '../../components/PageHeader';
import { useApi } from '../../lib/useApi';
import { fieldError, otherFieldErrors, useSubmit } from '../../lib/useSubmit';
import { RenameDialog } from './RenameDialog';

export function CountersTab({ unitCode }: { unitCode: string }) {
  const list = useApi((signal) => unitsApi.counters(unitCode, signal), `counters:${unitCode}`);
  const add = useSubmit();
  const toggle = useSubmit();
  const [number, setNumber] = useState('');
  const [name, setName] = useState('');
  const [renaming, setRenaming] = useState<Counter | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const upsert = (c: Counter) =>
    list.setData((prev) => {
      const items = prev?.items ?? [];
      const next = items.some((x) => x.id === c.id)
        ? items.map((x) => (x.id === c.id ? c : x))
        : [...items, c];
      return { items: next.sort((a, b) => a.number - b.number) };
    });

  const onAdd = async (e: FormEvent) => {
    e.preventDefault();
    const n = Number(number);
    if (!Number.isInteger(n) || n < 1 || n > 999) {
      add.setError('Vui lòng kiểm tra lại thông tin quầy.', { number: 'Số quầy là số nguyên từ 1 đến 999.' });
      return;
    }
    const created = await add.run(() => unitsApi.createCounter(unitCode, { number: n, name: name.trim() }));
    if (!created) return;
    upsert(created);
    setNumber('');
    setName('');
    setNotice(`Đã thêm quầy số ${created.number}.`);
  };

  const onToggle = async (c: Counter) => {
    const updated = await toggle.run(() => unitsApi.updateCounter(c.id, { active: !c.active }));
    if (!updated) return;
    upsert(updated);
    setNotice(
      updated.active
        ? `Đã kích hoạt quầy số ${updated.number}.`
        : `Đã ngừng hoạt động quầy số ${updated.number}.`,
    );
  };

  const items = list.data?.items ?? [];
  return (
    <div>
      <h2 className="visually-hidden">Quầy tiếp nhận</h2>
      {notice ? <Notice onClose={() => setNotice(null)}>{notice}</Notice> : null}
      <ErrorAlert message={toggle.error} />
      <LoadError error={list.error} onRetry={list.reload} />
      {list.loading && !list.data ? <Loading /> : null}
      <div className="table-wrap">
        <table className="table">
          <caption className="visually-hidden">Danh sách quầy tiếp nhận</caption>
          <thead>
            <tr>
              <th scope="col">Số quầy</th>
              <th scope="col">Tên quầy</th>
              <th scope="col">Trạng thái</th>
              <th scope="col">Thao tác</th>
            </tr>
          </thead>
          <tbody>
            {items.map((c) => (
              <tr key={c.id}>
                <td className="num">{c.number}</td>
                <td>{c.name}</td>
                <td>
                  <StatusBadge active={c.active} />
                </td>
                <td className="row-actions">
                  <button
                    type="button"
                    className="btn btn-secondary btn-small"
                    onClick={() => setRenaming(c)}
                    aria-label={`Đổi tên: quầy số ${c.number}`}
                  >
                    Đổi tên
                  </button>
                  <button
                    type="button"
                    className="btn btn-secondary btn-small"
                    onClick={() => onToggle(c)}
                    disabled={toggle.submitting}
                    aria-label={`${c.active ? 'Ngừng hoạt động' : 'Kích hoạt'}: quầy số ${c.number}`}
                  >
                    {c.active ? 'Ngừng hoạt động' : 'Kích hoạt'}
                  </button>
                </td>
              </tr>
            ))}
            {list.data && items.length === 0 ? (
              <EmptyRow colSpan={4}>Đơn vị chưa có quầy tiếp nhận.</EmptyRow>
            ) : null}
          </tbody>
        </table>
      </div>

      <form className="panel form inline-form" onSubmit={onAdd} noValidate>
        <h3>Thêm quầy tiếp nhận</h3>
        <ErrorAlert message={add.error} items={otherFieldErrors(add.fieldErrors, ['number', 'name'])} />
        <div className="form-grid">
          <TextField
            label="Số quầy"
            type="number"
            min={1}
            max={999}
            value={number}
            onValue={setNumber}
            error={fieldError(add.fieldErrors, 'number')}
            required
          />
          <TextField
            label="Tên quầy"
            value={name}
            onValue={setName}
            placeholder="VD: Quầy Tư pháp - Hộ tịch"
            error={fieldError(add.fieldErrors, 'name')}
            required
          />
        </div>
        <div className="form-actions">
          <button type="submit" className="btn btn-primary" disabled={add.submitting}>
            Thêm quầy
          </button>
        </div>
      </form>

      {renaming ? (
        <RenameDialog
          title={`Đổi tên quầy số ${renaming.number}`}
          initial={renaming.name}
          onClose={() => setRenaming(null)}
          onSave={async (newName) => {
            const updated = await unitsApi.updateCounter(renaming.id, { name: newName });
            upsert(updated);
            setNotice(`Đã đổi tên quầy số ${updated.number}.`);
          }}
        />
      ) : null}
    </div>
  );
}
