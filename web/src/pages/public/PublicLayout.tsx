import type { ReactNode } from 'react';
import { ApiError } from '../../api/client';

/** Pages for citizens (no login): a plain header and the content. */
export function PublicLayout({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="public-page">
      <header className="public-header">
        <span className="brand-mark" aria-hidden="true">
          MC
        </span>
        <span className="brand-text">
          <span className="brand-name">MotCua</span>
          <span className="brand-sub">{title}</span>
        </span>
      </header>
      <main id="main" className="public-main">
        {children}
      </main>
    </div>
  );
}

/** Retrying helps after a network or server failure, not after "not found" or a wrong key. */
export function retryable(error: unknown): boolean {
  return !(error instanceof ApiError) || error.status === 0 || error.status >= 500;
}
