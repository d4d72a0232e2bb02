// At intake: does the lookup the client names vouch for this owner? Only a successful lookup by
// the same officer, recent, not used for another dossier, of the same CCCD and the same name
// (as the population database returned it) does; anything else leaves the owner "not verified".
// The lookup row is locked so two intakes cannot both claim it.
import { eq } from 'drizzle-orm';
import type { Tx } from '../../db/database.js';
import { populationLookups } from '../../db/schema.js';
import { LOOKUP_VALID_MS } from '../../domain/population/index.js';
import type { RequestContext } from '../../platform/deps.js';
import { identityHash } from './hashes.js';

export type ClaimedLookup = { lookupId: string; verifiedAt: Date };

export async function claimLookup(
  tx: Tx,
  ctx: RequestContext,
  lookupId: string | undefined,
  owner: { kind: 'citizen' | 'organisation'; idNumber: string; fullName: string },
  now: Date,
): Promise<ClaimedLookup | null> {
  if (!lookupId || owner.kind !== 'citizen') return null;
  const [row] = await tx
    .select()
    .from(populationLookups)
    .where(eq(populationLookups.id, lookupId))
    .for('update');
  if (
    row?.result !== 'found' ||
    row.actorId !== ctx.actor.id ||
    row.dossierId !== null ||
    now.getTime() - row.at.getTime() > LOOKUP_VALID_MS ||
    row.at.getTime() > now.getTime() ||
    row.identityHash !== identityHash(owner.idNumber, owner.fullName)
  )
    return null;
  return { lookupId: row.id, verifiedAt: row.at };
}

/** Marks the lookup as used by the dossier just inserted (same transaction as the claim). */
export async function markLookupUsed(tx: Tx, claimed: ClaimedLookup, dossierId: string): Promise<void> {
  await tx.update(populationLookups).set({ dossierId }).where(eq(populationLookups.id, claimed.lookupId));
}
