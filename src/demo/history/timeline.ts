// When each generated dossier arrives: receipts spread over the unit's working days (never a day
// off) and office hours of the period, busier on Mondays and growing over time; the procedure by the
// demo weights; the channel (online growing from ~30 % to ~60 %, some postal, the rest at the counter).
// Sorted by creation instant, so daily code sequences follow time.
import {
  addWorkingMs,
  instantAt,
  MS_PER_DAY,
  weekdayOf,
  workingMsBetween,
} from '../../domain/calendar/index.js';
import { toLocalDate } from '../../domain/calendar/time.js';
import type { ProcedureRow } from '../../modules/catalog/repository.js';
import { cumulativeOf, mulberry32, pickCumulative, seedOf } from './random.js';
import type { UnitContext } from './unit-context.js';

export const CHANNELS = ['direct', 'online', 'postal'] as const;
export type Channel = (typeof CHANNELS)[number];

export type Timeline = {
  count: number;
  /** Creation instant: counter receipt, or the online submission. Sorted ascending. */
  createdAt: Float64Array;
  /** Index into ctx.procedures. */
  procedure: Uint16Array;
  channel: Uint8Array;
};

const ONLINE_FROM = 0.3;
const ONLINE_TO = 0.6;
const POSTAL = 0.02;
/** Online submissions arrive up to this long before the office instant drawn (evenings, weekends). */
const ONLINE_EARLY_MS = 16 * 3_600_000;

/** The version of a procedure in force on a local date, else the oldest (history before the catalog). */
export function versionOn(versions: readonly ProcedureRow[], date: string): ProcedureRow {
  for (let i = versions.length - 1; i >= 0; i--) {
    const v = versions[i]!;
    if (v.effectiveFrom <= date && (v.effectiveTo === null || v.effectiveTo > date)) return v;
  }
  return versions[0]!;
}

export function buildTimeline(
  ctx: UnitContext,
  opts: { count: number; seed: number; from: number; until: number },
) {
  const { calendar } = ctx;
  const rng = mulberry32(seedOf(opts.seed, ctx.unit.code, 'timeline'));
  const firstDay = Math.floor((opts.from + 7 * 3_600_000) / MS_PER_DAY);
  const days: number[] = [];
  const avail: number[] = [];
  const weights: number[] = [];
  const lastDay = Math.floor((opts.until + 7 * 3_600_000) / MS_PER_DAY);
  for (let d = firstDay; d <= lastDay; d++) {
    if (!calendar.isWorkingDay(d)) continue;
    const open = instantAt(d, calendar.openingMs);
    if (open >= opts.until) continue;
    const ms = d === lastDay ? workingMsBetween(calendar, open, opts.until) : calendar.workingMsPerDay;
    if (ms <= 0) continue;
    const growth = 0.8 + 0.4 * ((d - firstDay) / Math.max(1, lastDay - firstDay));
    const weekday = weekdayOf(d);
    const dayFactor = weekday === 1 ? 1.15 : weekday === 5 ? 0.9 : weekday === 6 || weekday === 0 ? 0.7 : 1;
    days.push(d);
    avail.push(ms);
    weights.push(growth * dayFactor * (ms / calendar.workingMsPerDay));
  }
  if (!days.length) throw new RangeError('No working time in the generated period');
  const dayTable = cumulativeOf(weights);
  const procTable = cumulativeOf(ctx.procedures.map((p) => p.weight));
  const n = opts.count;
  const created = new Float64Array(n);
  const procedure = new Uint16Array(n);
  const channel = new Uint8Array(n);
  const span = Math.max(1, opts.until - opts.from);
  for (let i = 0; i < n; i++) {
    const k = pickCumulative(rng, dayTable);
    const day = days[k]!;
    const office = addWorkingMs(calendar, instantAt(day, calendar.openingMs), Math.floor(rng() * avail[k]!));
    const p = pickCumulative(rng, procTable);
    const def = versionOn(ctx.procedures[p]!.versions, toLocalDate(office)).definition;
    const share = ONLINE_FROM + (ONLINE_TO - ONLINE_FROM) * ((office - opts.from) / span);
    const r = rng();
    let c = 0;
    if (def.onlineLevel !== 'none' && r < share) c = 1;
    else if (def.postalAllowed && r > 1 - POSTAL) c = 2;
    procedure[i] = p;
    channel[i] = c;
    created[i] = c === 1 ? Math.max(opts.from, office - Math.floor(rng() * ONLINE_EARLY_MS)) : office;
  }
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort((a, b) => created[a]! - created[b]! || a - b);
  const t: Timeline = {
    count: n,
    createdAt: new Float64Array(n),
    procedure: new Uint16Array(n),
    channel: new Uint8Array(n),
  };
  for (let i = 0; i < n; i++) {
    const j = order[i]!;
    t.createdAt[i] = created[j]!;
    t.procedure[i] = procedure[j]!;
    t.channel[i] = channel[j]!;
  }
  return t;
}
