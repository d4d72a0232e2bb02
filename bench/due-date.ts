/**
 * Throughput of computeDueDate over varied inputs: the three duration units, receipt instants over
 * 2025–2027 (official and provisional years, working days, weekends, holidays, nights, lunch), several
 * cut-offs. Run: `npx tsx bench/due-date.ts`. Exits with code 1 below 1,000,000 computations per second.
 */
import {
  type CalendarOverride,
  computeDueDate,
  createWorkingCalendar,
  type DueDateInput,
  type DurationUnit,
  localInstant,
} from '../src/domain/calendar/index.js';

const THRESHOLD_OPS_PER_SECOND = 1_000_000;
const INPUT_COUNT = 1 << 14;
const ROUNDS = 7;
const ROUND_MS = 300;

/** Deterministic PRNG (mulberry32) so that runs are comparable. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const unitOverrides: CalendarOverride[] = [
  {
    date: '2026-03-02',
    kind: 'holiday',
    name: 'Nghỉ theo quyết định của Ủy ban nhân dân tỉnh',
    legalDocument: 'Quyết định thử nghiệm',
    provisional: false,
    unitCode: 'UBND-XA-A',
  },
  {
    date: '2027-02-11',
    kind: 'regular_day',
    name: 'Hủy ngày nghỉ bù dự kiến',
    legalDocument: 'Quyết định thử nghiệm',
    provisional: false,
    unitCode: null,
  },
];
const calendar = createWorkingCalendar({ overrides: unitOverrides });

function makeInputs(units: readonly DurationUnit[], seed: number): DueDateInput[] {
  const random = prng(seed);
  const from = localInstant('2025-01-01', '00:00') / 60_000;
  const to = localInstant('2027-12-31', '23:59') / 60_000;
  const cutoffs: readonly (string | null | undefined)[] = ['15:00', null, undefined, '16:30'];
  const inputs: DueDateInput[] = [];
  for (let i = 0; i < INPUT_COUNT; i++) {
    const unit = units[i % units.length]!;
    const receivedAt = Math.floor(from + random() * (to - from)) * 60_000;
    const amount =
      unit === 'working_hours'
        ? Math.floor(random() * 160 + 1) / 4
        : unit === 'working_days'
          ? Math.floor(random() * 31)
          : Math.floor(random() * 46);
    inputs.push({ receivedAt, amount, unit, cutoff: cutoffs[Math.floor(random() * cutoffs.length)] });
  }
  return inputs;
}

function measure(inputs: readonly DueDateInput[]): { median: number; best: number; checksum: number } {
  let checksum = 0;
  for (let i = 0; i < 200_000; i++)
    checksum += computeDueDate(calendar, inputs[i & (INPUT_COUNT - 1)]!).dueAt % 7;
  const rates: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    let ops = 0;
    const start = performance.now();
    let elapsed = 0;
    while (elapsed < ROUND_MS) {
      for (let i = 0; i < INPUT_COUNT; i++) checksum += computeDueDate(calendar, inputs[i]!).dueAt % 7;
      ops += INPUT_COUNT;
      elapsed = performance.now() - start;
    }
    rates.push((ops / elapsed) * 1000);
  }
  rates.sort((a, b) => a - b);
  return { median: rates[Math.floor(rates.length / 2)]!, best: rates[rates.length - 1]!, checksum };
}

const format = (n: number) => Math.round(n).toLocaleString('en-US');
const mixed = measure(makeInputs(['working_days', 'working_hours', 'calendar_days'], 42));
console.log(
  `computeDueDate, mixed units: ${format(mixed.median)} ops/s (median of ${ROUNDS}), best ${format(mixed.best)}`,
);
for (const unit of ['working_days', 'working_hours', 'calendar_days'] as const) {
  const r = measure(makeInputs([unit], 7));
  console.log(`  ${unit.padEnd(14)} ${format(r.median)} ops/s`);
}
const explained = makeInputs(['working_days', 'working_hours', 'calendar_days'], 9).slice(0, 2000);
const explainStart = performance.now();
for (const input of explained) computeDueDate(calendar, { ...input, explain: true });
const explainRate = (explained.length / (performance.now() - explainStart)) * 1000;
console.log(`  with explain  ${format(explainRate)} ops/s (slow path, not gated)`);
console.log(`  checksum ${mixed.checksum}`);

if (mixed.median < THRESHOLD_OPS_PER_SECOND) {
  console.error(`FAIL: ${format(mixed.median)} ops/s is below ${format(THRESHOLD_OPS_PER_SECOND)} ops/s`);
  process.exitCode = 1;
} else {
  console.log(`OK: ≥ ${format(THRESHOLD_OPS_PER_SECOND)} ops/s`);
}
