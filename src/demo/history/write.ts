// Writes one batch of simulated dossiers with a few large multi-row INSERT … SELECT FROM unnest(…)
// statements (one array parameter per column), inside the caller's transaction: daily code numbers
// reserved from dossier_code_counters, then dossiers, their step history and their events.
//
// No audit_events or outbox rows: the history is demo data that no person performed and that must
// never be sent to the national portal or to citizens; the dossier events already carry the timeline.
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Executor, Tx } from '../../db/database.js';
import { toLocalDate } from '../../domain/calendar/index.js';
import { formatDossierCode } from '../../domain/dossier/index.js';
import type { Owner } from './people.js';
import type { Simulated } from './simulate.js';

export type BatchItem = { sim: Simulated; owner: Owner };

let lastMs = 0;
let sequence = 0;
/**
 * Time-ordered UUIDs (version 7 layout: 48-bit wall-clock ms, a 12-bit sequence, random bits), so the
 * dossier_id indexes of dossiers, steps and events grow at their right edge during a bulk load instead
 * of taking random pages (v4) — the difference between cached and uncached index inserts at millions
 * of rows. Any UUID fits the columns; the server keeps gen_random_uuid() for the dossiers it creates.
 */
export function timeOrderedIds(n: number): string[] {
  const now = Date.now();
  if (now > lastMs) {
    lastMs = now;
    sequence = 0;
  }
  const random = randomBytes(8 * n);
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    if (sequence > 0xfff) {
      lastMs += 1;
      sequence = 0;
    }
    const ms = lastMs.toString(16).padStart(12, '0');
    const seq = (0x7000 | sequence++).toString(16);
    const r = random.subarray(i * 8, i * 8 + 8);
    const variant = ((r[0]! & 0x3f) | 0x80).toString(16).padStart(2, '0');
    const tail = r.subarray(1, 8).toString('hex');
    ids.push(`${ms.slice(0, 8)}-${ms.slice(8)}-${seq}-${variant}${tail.slice(0, 2)}-${tail.slice(2)}`);
  }
  return ids;
}
export type BatchCounts = { dossiers: number; steps: number; events: number };

const p = (value: unknown[]) => sql.param(value);
const ts = (value: (number | null)[]) => sql`${p(value)}::float8[]`;

/**
 * Reserves consecutive daily numbers per local day (one upsert, safe beside live counter intake) and
 * returns the batch's codes in time order. Run on its own (autocommit) so that batches written at the
 * same time do not wait on each other's counter rows; a failed batch only leaves a gap in the numbers.
 */
export async function reserveCodes(
  db: Executor,
  unitId: string,
  unitCode: string,
  items: BatchItem[],
): Promise<string[]> {
  const perDay = new Map<string, number>();
  for (const it of items) {
    const day = toLocalDate(it.sim.createdAt);
    perDay.set(day, (perDay.get(day) ?? 0) + 1);
  }
  const days = [...perDay.keys()];
  const rows = (await db.execute(sql`
    INSERT INTO dossier_code_counters (unit_id, day, last)
    SELECT ${unitId}::uuid, d, n FROM unnest(${p(days)}::date[], ${p(days.map((d) => perDay.get(d)!))}::int[]) AS u(d, n)
    ON CONFLICT (unit_id, day) DO UPDATE SET last = dossier_code_counters.last + EXCLUDED.last
    RETURNING day::text AS day, last`)) as unknown as
    | { rows?: { day: string; last: number }[] }
    | { day: string; last: number }[];
  const list = Array.isArray(rows) ? rows : (rows.rows ?? []);
  const next = new Map(list.map((r) => [r.day, Number(r.last) - perDay.get(r.day)! + 1]));
  return items.map((it) => {
    const day = toLocalDate(it.sim.createdAt);
    const seq = next.get(day)!;
    next.set(day, seq + 1);
    return formatDossierCode(unitCode, it.sim.createdAt, seq);
  });
}

export async function writeBatch(
  tx: Tx,
  unit: { id: string; code: string },
  items: BatchItem[],
  codes: string[],
): Promise<BatchCounts> {
  const n = items.length;
  const ids = timeOrderedIds(n);
  const keys = randomBytes(12 * n);
  // Processes and durations repeat (one per procedure case): sent once, referenced by index.
  const templates = new Map<string, number>();
  const templateJson: string[] = [];
  const tpl = (s: Simulated) => {
    const key = JSON.stringify([s.draft.process, s.draft.duration]);
    let i = templates.get(key);
    if (i === undefined) {
      i = templateJson.length / 2 + 1;
      templates.set(key, i);
      templateJson.push(JSON.stringify(s.draft.process), JSON.stringify(s.draft.duration));
    }
    return i;
  };
  const col = <T>(f: (it: BatchItem, i: number) => T) => items.map(f);
  const d = (it: BatchItem) => it.sim.draft;
  const processIdx = col((it) => tpl(it.sim));
  await tx.execute(sql`
    INSERT INTO dossiers (id, code, unit_id, procedure_id, procedure_code, procedure_name, field_code, case_code,
      process, duration, state, national_status, outcome, channel, owner_kind, owner_name, owner_search,
      owner_id_number, owner_phone, owner_email, owner_address, return_channel, fee_payment, fee_total,
      fee_paid_at, fee_paid_online, submitted_at, received_at, counting_starts_at, due_at, original_due_at,
      paused_at, pause_kind, supplement_due_at, supplement_count, reschedule_count, step_index, assignee_id,
      step_due_at, pending_consultations, last_handoff, finished_at, result, returned_at, received_by,
      tracking_key, version, created_at, updated_at)
    SELECT u.id, u.code, ${unit.id}::uuid, u.procedure_id, u.procedure_code, u.procedure_name, u.field_code,
      u.case_code, (t.a)[u.tpl * 2 - 1], (t.a)[u.tpl * 2], u.state, u.national_status, u.outcome,
      u.channel, 'citizen', u.owner_name, u.owner_search, u.owner_id_number, u.owner_phone, u.owner_email,
      u.owner_address, u.return_channel, u.fee_payment, u.fee_total, to_timestamp(u.fee_paid_at / 1000.0),
      u.fee_paid_online, to_timestamp(u.created_at / 1000.0), to_timestamp(u.received_at / 1000.0),
      to_timestamp(u.counting_starts_at / 1000.0), to_timestamp(u.due_at / 1000.0),
      to_timestamp(u.original_due_at / 1000.0), to_timestamp(u.paused_at / 1000.0), u.pause_kind,
      to_timestamp(u.supplement_due_at / 1000.0), u.supplement_count, u.reschedule_count, u.step_index,
      u.assignee_id, to_timestamp(u.step_due_at / 1000.0), u.pending_consultations, u.last_handoff::jsonb,
      to_timestamp(u.finished_at / 1000.0), u.result::jsonb, to_timestamp(u.returned_at / 1000.0),
      u.received_by, u.tracking_key, u.version, to_timestamp(u.created_at / 1000.0),
      to_timestamp(u.updated_at / 1000.0)
    FROM (SELECT ${p(templateJson)}::jsonb[] AS a) t,
      unnest(${p(ids)}::uuid[], ${p(codes)}::text[], ${p(col((it) => it.sim.procedure.id))}::uuid[],
        ${p(col((it) => it.sim.procedure.code))}::text[], ${p(col((it) => it.sim.procedure.name))}::text[],
        ${p(col((it) => it.sim.procedure.fieldCode))}::text[], ${p(col((it) => it.sim.caseCode))}::text[],
        ${p(processIdx)}::int[], ${p(col((it) => d(it).state))}::text[],
        ${p(col((it) => d(it).nationalStatus))}::smallint[], ${p(col((it) => d(it).outcome))}::text[],
        ${p(col((it) => it.sim.channel))}::text[], ${p(col((it) => it.owner.name))}::text[],
        ${p(col((it) => it.owner.search))}::text[], ${p(col((it) => it.owner.idNumber))}::text[],
        ${p(col((it) => it.owner.phone))}::text[], ${p(col((it) => it.owner.email))}::text[],
        ${p(col((it) => it.owner.address))}::text[], ${p(col((it) => d(it).returnChannel))}::text[],
        ${p(col((it) => d(it).feePayment))}::text[], ${p(col((it) => it.sim.feeTotal))}::bigint[],
        ${ts(col((it) => d(it).feePaidAt))}, ${p(col((it) => it.sim.feePaidOnline))}::boolean[],
        ${ts(col((it) => it.sim.createdAt))}, ${ts(col((it) => d(it).receivedAt))},
        ${ts(col((it) => d(it).countingStartsAt))}, ${ts(col((it) => d(it).dueAt))},
        ${ts(col((it) => d(it).originalDueAt))}, ${ts(col((it) => d(it).pausedAt))},
        ${p(col((it) => d(it).pauseKind))}::text[], ${ts(col((it) => d(it).supplementDueAt))},
        ${p(col((it) => d(it).supplementCount))}::int[], ${p(col((it) => d(it).rescheduleCount))}::int[],
        ${p(col((it) => d(it).stepIndex))}::int[], ${p(col((it) => d(it).assigneeId))}::uuid[],
        ${ts(col((it) => d(it).stepDueAt))}, ${p(col((it) => d(it).pendingConsultations))}::int[],
        ${p(col((it) => (d(it).lastHandoff ? JSON.stringify(d(it).lastHandoff) : null)))}::text[],
        ${ts(col((it) => d(it).finishedAt))},
        ${p(col((it) => (d(it).result ? JSON.stringify(d(it).result) : null)))}::text[],
        ${ts(col((it) => d(it).returnedAt))}, ${p(col((it) => it.sim.receivedBy))}::uuid[],
        ${p(col((_, i) => keys.subarray(i * 12, i * 12 + 12).toString('base64url')))}::text[],
        ${p(col((it) => d(it).version))}::int[], ${ts(col((it) => d(it).updatedAt))})
      AS u(id, code, procedure_id, procedure_code, procedure_name, field_code, case_code, tpl, state,
        national_status, outcome, channel, owner_name, owner_search, owner_id_number, owner_phone, owner_email,
        owner_address, return_channel, fee_payment, fee_total, fee_paid_at, fee_paid_online, created_at,
        received_at, counting_starts_at, due_at, original_due_at, paused_at, pause_kind, supplement_due_at,
        supplement_count, reschedule_count, step_index, assignee_id, step_due_at, pending_consultations,
        last_handoff, finished_at, result, returned_at, received_by, tracking_key, version, updated_at)`);

  const steps = items.flatMap((it, i) => it.sim.draft.steps.map((s) => ({ id: ids[i]!, s })));
  if (steps.length) {
    const sc = <T>(f: (x: (typeof steps)[number]) => T) => steps.map(f);
    await tx.execute(sql`
      INSERT INTO dossier_steps (dossier_id, step_index, step_code, step_name, role, assignee_id, opened_at,
        due_at, closed_at, closure, closed_by, closed_by_name)
      SELECT dossier_id, step_index, step_code, step_name, role, assignee_id, to_timestamp(opened_at / 1000.0),
        to_timestamp(due_at / 1000.0), to_timestamp(closed_at / 1000.0), closure, closed_by, closed_by_name
      FROM unnest(${p(sc((x) => x.id))}::uuid[], ${p(sc((x) => x.s.stepIndex))}::int[],
        ${p(sc((x) => x.s.stepCode))}::text[], ${p(sc((x) => x.s.stepName))}::text[],
        ${p(sc((x) => x.s.role))}::text[], ${p(sc((x) => x.s.assigneeId))}::uuid[],
        ${ts(sc((x) => x.s.openedAt))}, ${ts(sc((x) => x.s.dueAt))}, ${ts(sc((x) => x.s.closedAt))},
        ${p(sc((x) => x.s.closure))}::text[], ${p(sc((x) => x.s.closedBy))}::uuid[],
        ${p(sc((x) => x.s.closedByName))}::text[])
      AS u(dossier_id, step_index, step_code, step_name, role, assignee_id, opened_at, due_at, closed_at,
        closure, closed_by, closed_by_name)`);
  }
  const events = items.flatMap((it, i) => it.sim.draft.events.map((e) => ({ id: ids[i]!, e })));
  const ec = <T>(f: (x: (typeof events)[number]) => T) => events.map(f);
  await tx.execute(sql`
    INSERT INTO dossier_events (dossier_id, unit_id, at, action, actor_id, actor_name, from_state, to_state,
      national_status, note, data)
    SELECT dossier_id, ${unit.id}::uuid, to_timestamp(at / 1000.0), action, actor_id, actor_name, from_state,
      to_state, national_status, note, data::jsonb
    FROM unnest(${p(ec((x) => x.id))}::uuid[], ${ts(ec((x) => x.e.at))}, ${p(ec((x) => x.e.action))}::text[],
      ${p(ec((x) => x.e.actorId))}::uuid[], ${p(ec((x) => x.e.actorName))}::text[],
      ${p(ec((x) => x.e.fromState))}::text[], ${p(ec((x) => x.e.toState))}::text[],
      ${p(ec((x) => x.e.nationalStatus))}::smallint[], ${p(ec((x) => x.e.note))}::text[],
      ${p(ec((x) => (x.e.data ? JSON.stringify(x.e.data) : null)))}::text[])
    AS u(dossier_id, at, action, actor_id, actor_name, from_state, to_state, national_status, note, data)`);
  return { dossiers: n, steps: steps.length, events: events.length };
}
