/**
 * Search keys without diacritics: "Nguyễn Văn Ánh" → "nguyen van anh", so an officer typing without
 * Vietnamese accents ("nguyen van a") still finds the record. Pure; used when storing and when querying.
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Escapes LIKE wildcards so user input is matched literally. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
