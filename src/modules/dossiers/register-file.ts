// Sổ theo dõi hồ sơ (Mẫu 06) as xlsx (streamed row by row from the keyset reader, no size limit) or
// docx (in memory, bounded like the PDF). The scope is checked before the first byte is sent, so an
// unknown or foreign unit is still a 404 and a bad range a 400.
import { PassThrough, type Readable } from 'node:stream';
import { renderRegisterDocx } from '../../documents/reports/register-docx.js';
import { writeRegisterXlsx } from '../../documents/reports/register-xlsx.js';
import { registerPeriodLine } from '../../documents/tracking-register.js';
import type { Deps, RequestContext } from '../../platform/deps.js';
import { formHeader } from './form-header.js';
import { boundedRegisterRows, type RegisterInput, registerRows, registerScope } from './register-rows.js';

export async function exportRegister(
  deps: Deps,
  ctx: RequestContext,
  extension: 'xlsx' | 'docx',
  input: RegisterInput,
): Promise<{ name: string; content: Buffer | Readable }> {
  const { db } = deps.database;
  const scope = await registerScope(db, ctx, input);
  const header = await formHeader(db, scope.unit, deps.clock.now());
  const periodLine = registerPeriodLine({ from: scope.from, to: scope.to.getTime() - 1 });
  const name = `so-theo-doi-ho-so-${scope.unit.code}-${input.from}-${input.to}.${extension}`;
  if (extension === 'docx') {
    const rows = await boundedRegisterRows(db, scope);
    return { name, content: await renderRegisterDocx({ header, periodLine, rows }) };
  }
  const out = new PassThrough();
  // A failure mid-stream aborts the download (the client sees a truncated file, Fastify logs it).
  writeRegisterXlsx({ header, periodLine, rows: registerRows(db, scope) }, out).catch((err: unknown) => {
    out.destroy(err instanceof Error ? err : new Error(String(err)));
  });
  return { name, content: out };
}
