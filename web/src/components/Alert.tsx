import type { ReactNode } from 'react';
import { errorMessage } from '../api/client';

/** An error message read out by screen readers as soon as it appears. */
export function ErrorAlert({
  message,
  items,
  title,
}: {
  message: string | null | undefined;
  items?: string[];
  title?: string;
}) {
  if (!message && !items?.length) return null;
  return (
    <div className="alert alert-error" role="alert">
      {title ? <p className="alert-title">{title}</p> : null}
      {message ? <p>{message}</p> : null}
      {items?.length ? (
        <ul>
          {items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** The error of a failed load, with a retry button. */
export function LoadError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  if (!error) return null;
  return (
    <div className="alert alert-error" role="alert">
      <p>{errorMessage(error)}</p>
      {onRetry ? (
        <button type="button" className="btn btn-secondary btn-small" onClick={onRetry}>
          Thử lại
        </button>
      ) : null}
    </div>
  );
}

/** A success or information message (polite live region). */
export function Notice({ children, onClose }: { children: ReactNode; onClose?: () => void }) {
  return (
    <div className="alert alert-success" role="status">
      <div>{children}</div>
      {onClose ? (
        <button type="button" className="btn-link" onClick={onClose} aria-label="Đóng thông báo">
          Đóng
        </button>
      ) : null}
    </div>
  );
}

export function Loading({ label = 'Đang tải dữ liệu…' }: { label?: string }) {
  return (
    <p className="loading" role="status">
      <span className="spinner" aria-hidden="true" />
      {label}
    </p>
  );
}
