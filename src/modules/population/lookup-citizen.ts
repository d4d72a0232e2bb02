// Tra cứu CSDL quốc gia về dân cư at intake: the officer types a CCCD, the national database
// answers the owner's name, date of birth and addresses. Every call — found, not found or
// unavailable — is logged (population_lookups) and audited with the CCCD masked. When the
// database cannot be reached the officer gets a clear answer at once and enters the owner by hand.
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { eq } from 'drizzle-orm';
import type { CitizenLookup } from '../../contract/population.js';
import { populationLookups, units } from '../../db/schema.js';
import { validateCitizenId } from '../../domain/identity/index.js';
import { LOOKUP_VALID_MS, maskCitizenId } from '../../domain/population/index.js';
import { localDateOf } from '../../domain/time/local-date.js';
import type { Deps, RequestContext } from '../../platform/deps.js';
import { DomainError, invalid } from '../../platform/errors.js';
import { recordAudit } from '../audit/record-audit.js';
import type { LookupOutcome, PopulationDirectory } from './directory.js';
import { identityHash, idNumberHash } from './hashes.js';

const BY_HAND =
  'Vui lòng nhập thông tin chủ hồ sơ thủ công; hồ sơ sẽ được ghi nhận là chưa xác thực với CSDL dân cư.';

function failure(outcome: Exclude<LookupOutcome, { result: 'found' }>): DomainError {
  if (outcome.result === 'not_found')
    return new DomainError(
      'not_found',
      'CITIZEN_NOT_FOUND',
      `Không tìm thấy công dân có số CCCD này trong CSDL quốc gia về dân cư. Hãy kiểm tra lại số CCCD. ${BY_HAND}`,
    );
  if (outcome.reason === 'not_configured')
    return new DomainError(
      'unavailable',
      'POPULATION_DB_NOT_CONFIGURED',
      `Hệ thống chưa cấu hình kết nối CSDL quốc gia về dân cư. ${BY_HAND}`,
      { reason: outcome.reason },
    );
  return new DomainError(
    'unavailable',
    'POPULATION_DB_UNAVAILABLE',
    `CSDL quốc gia về dân cư tạm thời không phản hồi. ${BY_HAND}`,
    { reason: outcome.reason },
  );
}

export async function lookupCitizen(
  deps: Deps,
  directory: PopulationDirectory,
  ctx: RequestContext,
  input: { idNumber: string },
): Promise<CitizenLookup> {
  const now = deps.clock.now();
  const checked = validateCitizenId(input.idNumber, {
    currentYear: Number(localDateOf(now.getTime()).slice(0, 4)),
  });
  if (!checked.ok)
    throw invalid(checked.code, checked.message, [{ path: ['idNumber'], message: checked.message }]);
  const idNumber = checked.value.id;
  const actorId = ctx.actor.id;
  if (!actorId)
    throw new DomainError('forbidden', 'FORBIDDEN', 'Chỉ cán bộ có tài khoản mới tra cứu CSDL dân cư');

  const db = deps.database.db;
  const [unit] = ctx.actor.unitId
    ? await db.select({ code: units.code }).from(units).where(eq(units.id, ctx.actor.unitId))
    : [];
  const id = randomUUID();
  const started = performance.now();
  const outcome = await directory.lookup({
    idNumber,
    requestId: id,
    unitCode: unit?.code ?? null,
    officer: actorId,
  });
  const durationMs = Math.round(performance.now() - started);

  await db.transaction(async (tx) => {
    await tx.insert(populationLookups).values({
      id,
      at: now,
      actorId,
      unitId: ctx.actor.unitId,
      idNumberHash: idNumberHash(idNumber),
      result: outcome.result,
      reason: outcome.result === 'unavailable' ? outcome.reason : null,
      identityHash: outcome.result === 'found' ? identityHash(idNumber, outcome.citizen.fullName) : null,
      durationMs,
    });
    await recordAudit(tx, ctx, now, {
      action: 'population.lookup',
      entityType: 'population_lookup',
      entityId: id,
      unitId: ctx.actor.unitId,
      after: {
        idNumber: maskCitizenId(idNumber),
        result: outcome.result,
        ...(outcome.result === 'unavailable' ? { reason: outcome.reason } : {}),
        durationMs,
      },
    });
  });

  if (outcome.result !== 'found') throw failure(outcome);
  return {
    lookupId: id,
    lookedUpAt: now.toISOString(),
    validUntil: new Date(now.getTime() + LOOKUP_VALID_MS).toISOString(),
    citizen: outcome.citizen,
  };
}
