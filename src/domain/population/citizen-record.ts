// The national population database's answer (CSDL quốc gia về dân cư), read without I/O.
//
// The gateway answers JSON {error_code, message}; on success `message` wraps a SOAP-style XML
// document Envelope/Body/CongdanCollection/CongDan (docs/decisions/0013-population-lookup.md).
// Only the fields intake needs are read. Element names may carry a namespace prefix.

export type PopulationCitizen = {
  idNumber: string;
  fullName: string;
  /** ISO local date (yyyy-mm-dd), or null when the record has none or an unreadable one. */
  birthDate: string | null;
  sex: 'male' | 'female' | null;
  /** Thường trú (permanent residence), the free-text detail. */
  permanentAddress: string | null;
  /** Nơi ở hiện tại (current residence), the free-text detail. */
  currentAddress: string | null;
};

export type PopulationAnswer =
  | { kind: 'found'; citizen: PopulationCitizen }
  | { kind: 'not_found' }
  | { kind: 'error'; detail: string };

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function unescapeXml(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|lt|gt|amp|quot|apos);/gi, (_, e: string) => {
    if (e[0] === '#')
      return String.fromCodePoint(
        e[1] === 'x' || e[1] === 'X' ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1)),
      );
    return ENTITIES[e.toLowerCase()] ?? '';
  });
}

function blocks(xml: string, tag: string): string[] {
  const re = new RegExp(`<(?:[\\w.-]+:)?${tag}(?:\\s[^>]*)?>([\\s\\S]*?)</(?:[\\w.-]+:)?${tag}>`, 'g');
  return [...xml.matchAll(re)].map((m) => m[1] ?? '');
}

function text(xml: string, tag: string): string | null {
  const [inner] = blocks(xml, tag);
  if (inner === undefined || /</.test(inner)) return null;
  const v = unescapeXml(inner).replace(/\s+/g, ' ').trim();
  return v || null;
}

/** yyyyMMdd, yyyy-MM-dd or dd/MM/yyyy → yyyy-mm-dd; anything else (or no such day) → null. */
export function parseBirthDate(raw: string | null): string | null {
  if (!raw) return null;
  const iso = /^(\d{4})-?(\d{2})-?(\d{2})$/.exec(raw);
  const vn = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(raw);
  const [y, mo, d] = iso ? [iso[1], iso[2], iso[3]] : vn ? [vn[3], vn[2], vn[1]] : [];
  if (!y || !mo || !d) return null;
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
  if (
    date.getUTCFullYear() !== Number(y) ||
    date.getUTCMonth() !== Number(mo) - 1 ||
    date.getUTCDate() !== Number(d)
  )
    return null;
  return `${y}-${mo}-${d}`;
}

function address(congDan: string, tag: string): string | null {
  const [block] = blocks(congDan, tag);
  return block === undefined ? null : text(block, 'ChiTiet');
}

/** Reads the gateway's JSON body for the citizen with `idNumber` (other records are ignored). */
export function readPopulationAnswer(body: unknown, idNumber: string): PopulationAnswer {
  if (typeof body !== 'object' || body === null)
    return { kind: 'error', detail: 'response is not a JSON object' };
  const { error_code: code, message } = body as { error_code?: unknown; message?: unknown };
  if (String(code) !== '0') return { kind: 'error', detail: `error_code ${String(code)}` };
  if (typeof message !== 'string') return { kind: 'error', detail: 'message is not a string' };
  if (blocks(message, 'Envelope').length === 0) return { kind: 'error', detail: 'message holds no Envelope' };
  for (const congDan of blocks(message, 'CongDan')) {
    if (text(congDan, 'SoDinhDanh') !== idNumber) continue;
    const fullName = text(congDan, 'HoVaTen');
    if (!fullName) return { kind: 'error', detail: 'record without HoVaTen' };
    const sex = text(congDan, 'GioiTinh');
    return {
      kind: 'found',
      citizen: {
        idNumber,
        fullName,
        birthDate: parseBirthDate(text(congDan, 'NgayThangNamSinh')),
        sex: sex === '1' ? 'male' : sex === '2' ? 'female' : null,
        permanentAddress: address(congDan, 'ThuongTru'),
        currentAddress: address(congDan, 'NoiOHienTai'),
      },
    };
  }
  return { kind: 'not_found' };
}

/** A CCCD as the audit trail shows it: birth-province code and the last three digits. */
export function maskCitizenId(id: string): string {
  if (id.length < 7) return '*'.repeat(id.length);
  return `${id.slice(0, 3)}${'*'.repeat(id.length - 6)}${id.slice(-3)}`;
}

/** The name as compared between a lookup and the intake form: NFC, single spaces, lower case. */
export function comparableName(name: string): string {
  return name.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('vi');
}

/** A successful lookup vouches for the owner of a dossier received by the same officer within this time. */
export const LOOKUP_VALID_MS = 60 * 60_000;
