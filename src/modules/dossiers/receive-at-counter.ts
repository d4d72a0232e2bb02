// Counter intake (tiếp nhận hồ sơ tại quầy): the receiving officer records the owner, the components
// handed in, fees and return channel; the dossier gets its code and the legal appointment date.
import { randomBytes } from 'node:crypto';
import type { CreateDossierInput } from '../../contract/dossiers.js';
import { dossierComponents, dossiers } from '../../db/schema.js';
import { decide } from '../../domain/dossier/index.js';
import { foldVietnamese } from '../../domain/format/search.js';
import { localDateOf } from '../../domain/time/local-date.js';
import type { Deps, RequestContext } from '../../platform/deps.js';
import { forbidden, invalid } from '../../platform/errors.js';
import { unitCalendar } from '../calendar/unit-calendar.js';
import { procedureInForce } from '../catalog/repository.js';
import { claimLookup, markLookupUsed } from '../population/claim-lookup.js';
import { resolveScopedUnit } from '../units/scoped-unit.js';
import { applyDecision } from './apply-decision.js';
import { decisionError } from './decision-error.js';
import { dossierActor, NEW_DOSSIER_FACTS } from './facts.js';
import { getDossier } from './get-dossier.js';
import { nextDossierCode } from './next-code.js';
import { validateOwner } from './owner.js';
import { processOfCase } from './process.js';
import { departmentCodeOf } from './repository.js';

type Input = Omit<CreateDossierInput, 'channel'> & { channel: 'direct' | 'postal' };

export async function receiveAtCounter(deps: Deps, ctx: RequestContext, input: Input) {
  const now = deps.clock.now();
  const at = now.getTime();
  const today = localDateOf(at);
  const owner = validateOwner(input.owner, Number(today.slice(0, 4)));
  const id = await deps.database.db.transaction(async (tx) => {
    const unit = await resolveScopedUnit(tx, ctx.actor, input.unitCode);
    if (ctx.actor.unitId !== unit.id)
      throw forbidden('Chỉ cán bộ tiếp nhận của đơn vị mới tiếp nhận hồ sơ tại quầy của đơn vị');
    const procedure = await procedureInForce(tx, input.procedureCode, today);
    if (!procedure) {
      throw invalid('PROCEDURE_UNKNOWN', 'Không tìm thấy thủ tục hành chính đang có hiệu lực với mã này', [
        { path: ['procedureCode'], message: 'Thủ tục không tồn tại hoặc đã hết hiệu lực' },
      ]);
    }
    const def = procedure.definition;
    const kase = def.cases.find((c) => c.code === input.caseCode);
    if (!kase) {
      throw invalid('CASE_UNKNOWN', 'Trường hợp không thuộc thủ tục đã chọn', [
        { path: ['caseCode'], message: 'Trường hợp không thuộc thủ tục đã chọn' },
      ]);
    }
    const applicable = def.components.filter((c) => !c.caseCodes || c.caseCodes.includes(kase.code));
    const given = new Map(input.components.map((c) => [c.code, c]));
    for (const code of given.keys()) {
      if (!applicable.some((c) => c.code === code)) {
        throw invalid('COMPONENT_UNKNOWN', `Thành phần hồ sơ "${code}" không thuộc trường hợp đã chọn`);
      }
    }
    const missing = applicable.filter((c) => c.required && !given.get(c.code)?.provided);
    if (missing.length) {
      throw invalid(
        'COMPONENTS_MISSING',
        `Hồ sơ chưa đủ thành phần bắt buộc: ${missing.map((c) => c.name).join('; ')}. Hãy hướng dẫn công dân bổ sung (Mẫu 02) trước khi tiếp nhận.`,
        missing.map((c) => ({ path: ['components', c.code], message: `Thiếu: ${c.name}` })),
      );
    }
    if (input.channel === 'postal' && !def.postalAllowed) {
      throw invalid('POSTAL_NOT_ALLOWED', 'Thủ tục này không tiếp nhận qua dịch vụ bưu chính công ích');
    }

    const process = processOfCase(def.code, kase);
    const calendar = await unitCalendar(tx, unit);
    const decision = decide(
      'none',
      { action: 'receive_at_counter' },
      {
        actor: dossierActor(ctx.actor, await departmentCodeOf(tx, ctx.actor.id)),
        now: at,
        process,
        facts: NEW_DOSSIER_FACTS(unit.code),
      },
    );
    if (!decision.ok) throw decisionError(decision);

    // Verified with the population database only through a lookup made for this intake (ADR 0013).
    const verified = await claimLookup(tx, ctx, input.populationLookupId, owner, now);
    const feeTotal = input.feePayment === 'exempt' ? 0 : def.fees.reduce((sum, f) => sum + f.amount, 0);
    const [row] = await tx
      .insert(dossiers)
      .values({
        code: await nextDossierCode(tx, unit, at),
        unitId: unit.id,
        procedureId: procedure.id,
        procedureCode: procedure.code,
        procedureName: procedure.name,
        fieldCode: procedure.fieldCode,
        caseCode: kase.code,
        process,
        duration: { ...kase.durations.counter, cutoff: def.cutoff },
        state: decision.next,
        nationalStatus: decision.nationalStatus,
        channel: input.channel,
        ownerKind: owner.kind,
        ownerName: owner.fullName,
        ownerSearch: foldVietnamese(owner.fullName),
        ownerIdNumber: owner.idNumber,
        ownerPhone: owner.phone,
        ownerEmail: owner.email,
        ownerAddress: owner.address,
        ownerVerifiedAt: verified?.verifiedAt ?? null,
        ownerLookupId: verified?.lookupId ?? null,
        submitter: input.submitter
          ? {
              fullName: input.submitter.fullName,
              idNumber: input.submitter.idNumber ?? null,
              phone: input.submitter.phone ?? null,
            }
          : null,
        returnChannel: input.returnChannel,
        feePayment: input.feePayment,
        feeTotal,
        dataReused: input.components.some((c) => c.provided && c.reused === true),
        feePaidAt: input.feePayment === 'now' && feeTotal > 0 ? now : null,
        submittedAt: now,
        receivedBy: ctx.actor.id,
        trackingKey: randomBytes(12).toString('base64url'),
        note: input.note ?? null,
        version: 0,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    if (applicable.length)
      await tx.insert(dossierComponents).values(
        applicable.map((c, position) => ({
          dossierId: row!.id,
          position,
          code: c.code,
          name: c.name,
          kind: c.kind,
          quantity: given.get(c.code)?.quantity ?? c.quantity,
          provided: given.get(c.code)?.provided ?? false,
          reused: (given.get(c.code)?.provided && given.get(c.code)?.reused) ?? false,
        })),
      );
    if (verified) await markLookupUsed(tx, verified, row!.id);
    await applyDecision({ tx, ctx, now, calendar, unit, row: row!, decision, creating: true });
    return row!.id;
  });
  return getDossier(deps, ctx, id);
}
