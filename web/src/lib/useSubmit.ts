import { useCallback, useState } from 'react';
import { ApiError, errorMessage } from '../api/client';

export type SubmitState = {
  submitting: boolean;
  /** The top-of-form message (the server's Vietnamese message), or null. */
  error: string | null;
  /** VALIDATION_FAILED messages keyed by field path ('roles', 'name', …). */
  fieldErrors: Record<string, string>;
  run: <T>(action: () => Promise<T>) => Promise<T | undefined>;
  setError: (message: string | null, fields?: Record<string, string>) => void;
  reset: () => void;
};

/** Submit state for one form: runs the action, keeps the server's message and per-field messages. */
export function useSubmit(): SubmitState {
  const [submitting, setSubmitting] = useState(false);
  const [error, setErrorState] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});

  const setError = useCallback((message: string | null, fields: Record<string, string> = {}) => {
    setErrorState(message);
    setFieldErrors(fields);
  }, []);

  const run = useCallback(async <T>(action: () => Promise<T>) => {
    setSubmitting(true);
    setErrorState(null);
    setFieldErrors({});
    try {
      return await action();
    } catch (e) {
      setErrorState(errorMessage(e));
      if (e instanceof ApiError) setFieldErrors(e.fieldErrors());
      return undefined;
    } finally {
      setSubmitting(false);
    }
  }, []);

  const reset = useCallback(() => setError(null), [setError]);
  return { submitting, error, fieldErrors, run, setError, reset };
}

/** Messages whose path matches none of the form's fields, to list in the form's alert. */
export function otherFieldErrors(fieldErrors: Record<string, string>, known: readonly string[]): string[] {
  return Object.entries(fieldErrors)
    .filter(([path]) => !known.includes(path) && !known.includes(path.split('.')[0] ?? ''))
    .map(([, message]) => message);
}

/** The message for a field, also matching nested paths such as 'roles.0'. */
export function fieldError(fieldErrors: Record<string, string>, name: string): string | undefined {
  if (fieldErrors[name]) return fieldErrors[name];
  const nested = Object.keys(fieldErrors).find((k) => k.startsWith(`${name}.`));
  return nested ? fieldErrors[nested] : undefined;
}
