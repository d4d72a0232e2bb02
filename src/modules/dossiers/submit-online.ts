// A citizen or organisation submits a dossier online (nộp hồ sơ trực tuyến) with their own identity.
// It waits as "Mới đăng ký" in the unit's "to receive" queue; the legal clock starts only when a
// receiving officer accepts it (accept_online), with the procedure's online duration.
import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { accounts, dossierComponents, dossiers, units } from '../../db/schema.js';
import { decide } from '../../domain/dossier/index.js';
import { foldVietnamese } from '../../domain/format/search.js';
import { localDateOf } from '../../domain/time/local-date.js';
import type { Deps, RequestContext } from '../../platform/deps.js';
import { forbidden, invalid, notFound } from '../../platform/errors.js';
import { unitCalendar } from '../calendar/unit-calendar.js';
import { procedureInForce } from '../catalog/repository.js';
import { applyDecision } from './apply-decision.js';
import { decisionError } from './decision-error.js';
import { dossierActor, NEW_DOSSIER_FACTS } from './facts.js';
import { getDossier } from './get-dossier.js';
import { nextDossierCode } from './next-code.js';
import { processOfCase } from './process.js';

export type SubmitOnlineInput = {
  unitCode: string;
  procedureCode: string;
  caseCode: string;
  components: { code: string; quantity: number; provided: boolean; reused?: boolean | undefined }[];
  returnChannel: 'counter' | 'electronic' | 'post';
  note?: string | undefined;
};

export async function submitOnline(deps: Deps, ctx: RequestContext, input: SubmitOnlineInput) {
  if (ctx.actor.kind !== 'citizen' && ctx.actor.kind !== 'organisation') {
    throw forbidden('Chỉ công dân, tổ chức mới nộp hồ sơ trực tuyến; cán bộ tiếp nhận tại quầy');
  }
  const now = deps.clock.now();
  const at = now.getTime();
  const id = await deps.database.db.transaction(async (tx) => {
    const [owner] = await tx.select().from(accounts).where(eq(accounts.id, ctx.actor.id!));
    if (!owner) throw forbidden();
    // Any active commune-level unit may receive a citizen's dossier (the citizen chooses where to file).
    const [unit] = await tx.select().from(units).where(eq(units.code, input.unitCode));
    if (!unit || unit.kind === 'province' || (unit.validTo && unit.validTo <= localDateOf(at))) {
      throw notFound('Không tìm thấy đơn vị tiếp nhận');
    }
    const procedure = await procedureInForce(tx, input.procedureCode, localDateOf(at));
    if (!procedure)
      throw invalid('PROCEDURE_UNKNOWN', 'Không tìm thấy thủ tục hành chính đang có hiệu lực với mã này');
    const def = procedure.definition;
    if (def.onlineLevel === 'none') {
      throw invalid(
        'ONLINE_NOT_AVAILABLE',
        'Thủ tục này chưa cung cấp dịch vụ công trực tuyến; vui lòng nộp tại Bộ phận Một cửa',
      );
    }
    const kase = def.cases.find((c) => c.code === input.caseCode);
    if (!kase) throw invalid('CASE_UNKNOWN', 'Trường hợp không thuộc thủ tục đã chọn');
    const applicable = def.components.filter((c) => !c.caseCodes || c.caseCodes.includes(kase.code));
    const given = new Map(input.components.map((c) => [c.code, c]));
    for (const code of given.keys()) {
      if (!applicable.some((c) => c.code === code)) {
        throw invalid('COMPONENT_UNKNOWN', `Thành phần hồ sơ "${code}" không thuộc trường hợp đã chọn`);
      }
    }
    const process = processOfCase(def.code, kase);
    const calendar = await unitCalendar(tx, unit);
    const decision = decide(
      'none',
      { action: 'submit_online' },
      {
        actor: dossierActor(ctx.actor, null),
        now: at,
        process,
        facts: NEW_DOSSIER_FACTS(unit.code),
      },
    );
    if (!decision.ok) throw decisionError(decision);
    const fees = def.fees.reduce((sum, f) => sum + (f.onlineAmount ?? f.amount), 0);
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
        duration: { ...(kase.durations.online ?? kase.durations.counter), cutoff: def.cutoff },
        state: decision.next,
        nationalStatus: decision.nationalStatus,
        channel: 'online',
        ownerKind: owner.kind === 'organisation' ? 'organisation' : 'citizen',
        ownerName: owner.fullName,
        ownerSearch: foldVietnamese(owner.fullName),
        ownerIdNumber: owner.citizenId ?? owner.taxCode,
        ownerPhone: owner.phone,
        ownerEmail: owner.email,
        ownerAccountId: owner.id,
        returnChannel: input.returnChannel,
        feePayment: fees > 0 ? 'at_return' : 'exempt',
        feeTotal: fees,
        dataReused: input.components.some((c) => c.provided && c.reused === true),
        submittedAt: now,
        trackingKey: randomBytes(12).toString('base64url'),
        note: input.note ?? null,
        version: 0,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    if (applicable.length) {
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
    }
    await applyDecision({ tx, ctx, now, calendar, unit, row: row!, decision, creating: true });
    return row!.id;
  });
  return getDossier(deps, ctx, id);
}
