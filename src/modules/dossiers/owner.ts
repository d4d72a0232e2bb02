// Validates the owner of a dossier: a citizen by CCCD, an organisation by tax code; contact details.
import type { CreateDossierInput } from '../../contract/dossiers.js';
import { validateCitizenId, validateTaxCode } from '../../domain/identity/index.js';
import { invalid } from '../../platform/errors.js';
import { normaliseContact } from '../users/contact.js';

type OwnerInput = CreateDossierInput['owner'];

export function validateOwner(owner: OwnerInput, currentYear: number) {
  let idNumber: string;
  if (owner.kind === 'citizen') {
    const r = validateCitizenId(owner.idNumber, { currentYear });
    if (!r.ok) throw invalid(r.code, r.message, [{ path: ['owner', 'idNumber'], message: r.message }]);
    idNumber = r.value.id;
  } else {
    const r = validateTaxCode(owner.idNumber);
    if (!r.ok) throw invalid(r.code, r.message, [{ path: ['owner', 'idNumber'], message: r.message }]);
    idNumber = r.value.taxCode;
  }
  const contact = normaliseContact({ email: owner.email, phone: owner.phone });
  return {
    kind: owner.kind,
    fullName: owner.fullName.replace(/\s+/g, ' ').trim(),
    idNumber,
    phone: contact.phone ?? null,
    email: contact.email ?? null,
    address: owner.address?.trim() || null,
  };
}
