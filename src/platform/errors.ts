// Domain errors: use cases throw these; the HTTP edge maps `kind` to a status code.
export type ErrorKind =
  | 'invalid'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'locked'
  | 'rate_limited'
  | 'unavailable';

export class DomainError extends Error {
  constructor(
    readonly kind: ErrorKind,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const invalid = (code: string, message: string, details?: unknown) =>
  new DomainError('invalid', code, message, details);
export const notFound = (what = 'Không tìm thấy bản ghi') => new DomainError('not_found', 'NOT_FOUND', what);
export const forbidden = (message = 'Bạn không có quyền thực hiện thao tác này') =>
  new DomainError('forbidden', 'FORBIDDEN', message);
export const conflict = (code: string, message: string, details?: unknown) =>
  new DomainError('conflict', code, message, details);
