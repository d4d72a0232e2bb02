import type { ReactNode } from 'react';
import { useSubmit } from '../lib/useSubmit';
import { ErrorAlert } from './Alert';
import { Dialog } from './Dialog';

type ConfirmDialogProps = {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  danger?: boolean;
  onConfirm: () => Promise<unknown>;
  onDone: () => void;
  onClose: () => void;
};

/** Asks before an irreversible action; shows the server's error if the action fails. */
export function ConfirmDialog({
  title,
  children,
  confirmLabel,
  danger,
  onConfirm,
  onDone,
  onClose,
}: ConfirmDialogProps) {
  const submit = useSubmit();
  const confirm = async () => {
    const ok = await submit.run(async () => {
      await onConfirm();
      return true;
    });
    if (ok) onDone();
  };
  return (
    <Dialog title={title} onClose={onClose}>
      <div className="confirm-text">{children}</div>
      <ErrorAlert message={submit.error} />
      <div className="form-actions">
        <button
          type="button"
          className={`btn ${danger ? 'btn-danger' : 'btn-primary'}`}
          onClick={confirm}
          disabled={submit.submitting}
        >
          {submit.submitting ? 'Đang xử lý…' : confirmLabel}
        </button>
        <button type="button" className="btn btn-secondary" onClick={onClose}>
          Hủy
        </button>
      </div>
    </Dialog>
  );
}
