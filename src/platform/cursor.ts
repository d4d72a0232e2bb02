import { invalid } from './errors.js';

// Opaque keyset cursors: base64url JSON of the last row's sort key.
export function encodeCursor(key: Record<string, unknown>): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor<T extends Record<string, unknown>>(cursor: string | undefined): T | null {
  if (!cursor) return null;
  try {
    const v = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (v && typeof v === 'object' && !Array.isArray(v)) return v as T;
  } catch {
    // fall through
  }
  throw invalid('INVALID_CURSOR', 'Con trỏ phân trang không hợp lệ');
}
