/**
 * Uploaded files are trusted by their content, never by their name or declared type: the first bytes
 * must match one of the formats a dossier accepts (PDF, JPEG, PNG).
 */
export type AcceptedMime = 'application/pdf' | 'image/jpeg' | 'image/png';

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

export function sniffMime(bytes: Uint8Array): AcceptedMime | null {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (starts(0x25, 0x50, 0x44, 0x46, 0x2d)) return 'application/pdf'; // %PDF-
  if (starts(0xff, 0xd8, 0xff)) return 'image/jpeg';
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'image/png';
  return null;
}

/** A safe display/download name: no path, no control characters, at most 150 characters. */
export function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point
  const clean = base.replace(/[\u0000-\u001f\u007f"<>|:*?]/g, '').trim();
  return (clean || 'tep-dinh-kem').slice(0, 150);
}
