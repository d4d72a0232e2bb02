import { describe, expect, it } from 'vitest';
import { safeFileName, sniffMime } from '../../../src/domain/files/sniff.js';

describe('upload checks', () => {
  it('recognises PDF, JPEG and PNG by content and rejects everything else', () => {
    expect(sniffMime(Buffer.from('%PDF-1.7\n…'))).toBe('application/pdf');
    expect(sniffMime(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 0]))).toBe('image/jpeg');
    expect(sniffMime(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe('image/png');
    expect(sniffMime(Buffer.from('<html><script>alert(1)</script>'))).toBeNull();
    expect(sniffMime(Buffer.from('MZ\x90\x00'))).toBeNull();
    expect(sniffMime(new Uint8Array())).toBeNull();
  });

  it('keeps Vietnamese names but strips paths and control characters', () => {
    expect(safeFileName('../../etc/passwd')).toBe('passwd');
    expect(safeFileName('C:\\Users\\a\\Giấy khai sinh.pdf')).toBe('Giấy khai sinh.pdf');
    expect(safeFileName('a\u0000b"c.pdf')).toBe('abc.pdf');
    expect(safeFileName('')).toBe('tep-dinh-kem');
  });
});
