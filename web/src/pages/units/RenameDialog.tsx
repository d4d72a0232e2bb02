import { type FormEvent, useState } from 'react';
import { ErrorAlert } from '../../components/Alert';
import { Dialog } from '../../components/Dialog';
import { TextField } from '../../components/Field';
import { fieldError, useSubmit } from '../../lib/useSubmit';

/** Renames a department or a counter. */
export function RenameDialog({
  title,
  initial,
  onSave,
  onClose,
}: {
  title: string;
  initial: string;
  onSave: (name: string) => Promise<unknown>;
  onClose: () => void;
}) {
  const submit = useSubmit();
  const [name, setName] = useState(initial);
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const ok = await submit.run(async () => {
      await onSave(name.trim());
      return true;
    });
    if (ok) onClose();
  };
  return (
    <Dialog title={title} onClose={onClose}>
      <form className="form" onSubmit={onSubmit} noValidate>
        <ErrorAlert message={submit.error} />
        <TextField
          label="Tên mới"
          value={name}
          onValue={setName}
          error={fieldError(submit.fieldErrors, 'name')}
          required
        />
        <div className="form-actions">
          <button type="submit" className="btn btn-primary" disabled={submit.submitting}>
            Lưu
          </button>
          <button type="button" className="btn btn-secondary" onClick={onClose}>
            Hủy
          </button>
        </div>
      </form>
    </Dialog>
  );
}
