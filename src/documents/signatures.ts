/** Signature blocks at the foot of a form: side by side, kept together on one page. */
import { centred } from './header.js';
import type { Signer } from './models.js';
import { ensureSpace, type Form } from './pdf.js';

export function signatures(form: Form, signers: readonly Signer[], note = '(Ký, ghi rõ họ tên)'): void {
  const { doc } = form;
  const line = (size: number) => size * 1.2 + 1;
  const titleLines = signers.some((s) => s.onBehalfOf) ? 2 : 1;
  ensureSpace(
    form,
    12 +
      titleLines * line(form.type.body) +
      line(form.type.small) +
      form.type.signingSpace +
      line(form.type.body),
  );
  doc.y += 6;
  const top = doc.y;
  // A single signer signs in the right half, as on official letters.
  const columnWidth = form.width / Math.max(signers.length, 2);
  const firstColumn = signers.length === 1 ? 1 : 0;
  let bottom = top;
  signers.forEach((signer, i) => {
    const x = form.left + (firstColumn + i) * columnWidth;
    let y = top;
    if (signer.onBehalfOf) y = centred(form, signer.onBehalfOf, x, y, columnWidth, 'bold', form.type.body);
    y = centred(form, signer.title, x, y, columnWidth, 'bold', form.type.body);
    y = centred(form, note, x, y, columnWidth, 'italic', form.type.small);
    y += form.type.signingSpace;
    if (signer.name) y = centred(form, signer.name, x, y, columnWidth, 'bold', form.type.body);
    bottom = Math.max(bottom, y);
  });
  doc.x = form.left;
  doc.y = bottom + 6;
}

/** A signature block in the right half only (letters signed by the head of the body). */
export function signatureRight(form: Form, signer: Signer): number {
  const { doc } = form;
  const half = form.width / 2;
  const x = form.left + half;
  let y = doc.y;
  if (signer.onBehalfOf) y = centred(form, signer.onBehalfOf, x, y, half, 'bold', form.type.body);
  y = centred(form, signer.title, x, y, half, 'bold', form.type.body);
  y += form.type.signingSpace;
  if (signer.name) y = centred(form, signer.name, x, y, half, 'bold', form.type.body);
  return y;
}
