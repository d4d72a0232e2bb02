// Small typed fetch wrapper for the MotCua JSON API (same origin, cookie session).
// - sends the CSRF token on every state-changing request,
// - turns the error envelope { error: { code, message, details } } into a thrown ApiError,
// - reports any 401 (except a failed login) to the handler set by the auth provider.
import type { ErrorEnvelope } from '@contract';

export type FieldIssue = { path: string[]; message: string };

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: unknown;

  constructor(status: number, code: string, message: string, details?: unknown) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
  }

  /** Per-field messages of a VALIDATION_FAILED error, keyed by the path joined with '.'. */
  fieldErrors(): Record<string, string> {
    const out: Record<string, string> = {};
    if (this.code !== 'VALIDATION_FAILED' || !Array.isArray(this.details)) return out;
    for (const issue of this.details as FieldIssue[]) {
      const key = Array.isArray(issue?.path) ? issue.path.join('.') : '';
      if (!(key in out) && typeof issue?.message === 'string') out[key] = issue.message;
    }
    return out;
  }
}

export const NETWORK_ERROR_MESSAGE = 'Không kết nối được tới máy chủ. Vui lòng kiểm tra mạng và thử lại.';

let csrfToken: string | null = null;
let unauthorizedHandler: (() => void) | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export function setUnauthorizedHandler(handler: (() => void) | null): void {
  unauthorizedHandler = handler;
}

export type Query = Record<string, string | number | boolean | null | undefined>;

export function withQuery(path: string, query?: Query): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

type RequestOptions = { query?: Query; body?: unknown; signal?: AbortSignal };

/** Calls that answer 401 for a reason other than a missing session. */
const CREDENTIAL_CODES = new Set(['AUTH_INVALID_CREDENTIALS', 'AUTH_LOCKED']);

async function toApiError(res: Response): Promise<ApiError> {
  let envelope: Partial<ErrorEnvelope> | null = null;
  try {
    envelope = (await res.json()) as Partial<ErrorEnvelope>;
  } catch {
    envelope = null;
  }
  const err = envelope?.error;
  if (err && typeof err.code === 'string' && typeof err.message === 'string') {
    return new ApiError(res.status, err.code, err.message, err.details);
  }
  return new ApiError(
    res.status,
    `HTTP_${res.status}`,
    `Máy chủ trả về lỗi (mã ${res.status}). Vui lòng thử lại.`,
  );
}

export async function request<T>(method: Method, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;

  let res: Response;
  try {
    res = await fetch(withQuery(path, options.query), {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    throw new ApiError(0, 'NETWORK_ERROR', NETWORK_ERROR_MESSAGE);
  }

  if (!res.ok) {
    const error = await toApiError(res);
    const isLogin = path === '/api/auth/login';
    if (res.status === 401 && !isLogin && !CREDENTIAL_CODES.has(error.code)) unauthorizedHandler?.();
    throw error;
  }
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

/** Sends a file as the raw request body (uploads), with the same CSRF header and error handling. */
export async function uploadFile<T>(
  path: string,
  file: Blob,
  contentType: string,
  query?: Query,
): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json', 'content-type': contentType };
  if (csrfToken) headers['x-csrf-token'] = csrfToken;
  let res: Response;
  try {
    res = await fetch(withQuery(path, query), {
      method: 'POST',
      headers,
      credentials: 'same-origin',
      body: file,
    });
  } catch {
    throw new ApiError(0, 'NETWORK_ERROR', NETWORK_ERROR_MESSAGE);
  }
  if (!res.ok) {
    const error = await toApiError(res);
    if (res.status === 401) unauthorizedHandler?.();
    throw error;
  }
  return (await res.json()) as T;
}

export const api = {
  get: <T>(path: string, query?: Query, signal?: AbortSignal) => request<T>('GET', path, { query, signal }),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, { body: body ?? {} }),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, { body }),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, { body }),
  del: <T = void>(path: string) => request<T>('DELETE', path),
};

/** A Vietnamese message for anything thrown by an API call. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return 'Đã xảy ra lỗi không mong muốn. Vui lòng thử lại.';
}

export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}
