/**
 * Vietnamese lunisolar calendar (âm lịch Việt Nam), computed astronomically at UTC+7.
 *
 * Method (after Hồ Ngọc Đức, "Âm lịch Việt Nam", 2004, which follows J. Meeus, "Astronomical
 * Algorithms"):
 * - new moons from Meeus' mean-lunation series with the main periodic terms (1st edition form,
 *   lunation 0 = the new moon of January 1900) and a ΔT polynomial; a lunar month starts on the
 *   local (UTC+7) date of its new moon;
 * - the Sun's apparent longitude from Meeus' low-accuracy solar theory (ch. 25: equation of centre,
 *   nutation and aberration); principal terms (trung khí) are multiples of 30°;
 * - month 11 is the month containing the December solstice (270°); a lunar year with 13 months
 *   between two months 11 has a leap month: the first month after month 11 without a principal
 *   term, which takes the number of the month before it.
 *
 * The UTC+7 offset is what makes Vietnamese dates differ from Chinese tables (Tết 1985, 2007, 2030).
 * For legal purposes the yearly official notice prevails; the results here feed provisional holidays.
 */
import { epochDayFromCivil, yearOfEpochDay } from './time.js';
import type { EpochDay } from './types.js';

export interface LunarDate {
  /** Day of the lunar month, 1–30. */
  readonly day: number;
  /** Lunar month number, 1–12. */
  readonly month: number;
  /** Lunar year, numbered like the Gregorian year in which its month 1 starts. */
  readonly year: number;
  /** True for a leap month (tháng nhuận). */
  readonly leap: boolean;
}

interface LunarMonthSpan {
  readonly start: EpochDay;
  readonly length: number;
  readonly month: number;
  readonly leap: boolean;
  readonly lunarYear: number;
}

const TIME_ZONE_DAYS = 7 / 24;
const JDN_OF_EPOCH_DAY_ZERO = 2440588;
const MEAN_SYNODIC_MONTH = 29.530588853;
/** Julian date of lunation 0 (mean new moon of 1900-01-01) used to index lunations. */
const LUNATION_ZERO_JD = 2415021.076998695;
const DEG = Math.PI / 180;

/** Julian date (UT) of new moon number k (k = 0: January 1900). */
function newMoonJd(k: number): number {
  const t = k / 1236.85;
  const t2 = t * t;
  const t3 = t2 * t;
  let jd = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3;
  jd += 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * DEG);
  const m = (359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3) * DEG;
  const mp = (306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3) * DEG;
  const f = (21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3) * DEG;
  const correction =
    (0.1734 - 0.000393 * t) * Math.sin(m) +
    0.0021 * Math.sin(2 * m) -
    0.4068 * Math.sin(mp) +
    0.0161 * Math.sin(2 * mp) -
    0.0004 * Math.sin(3 * mp) +
    0.0104 * Math.sin(2 * f) -
    0.0051 * Math.sin(m + mp) -
    0.0074 * Math.sin(m - mp) +
    0.0004 * Math.sin(2 * f + m) -
    0.0004 * Math.sin(2 * f - m) -
    0.0006 * Math.sin(2 * f + mp) +
    0.001 * Math.sin(2 * f - mp) +
    0.0005 * Math.sin(2 * mp + m);
  // ΔT (TT − UT) in days.
  const deltaT =
    t < -11
      ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
      : -0.000278 + 0.000265 * t + 0.000262 * t2;
  return jd + correction - deltaT;
}

/** Julian day number of the local (UTC+7) date on which new moon k occurs. */
function newMoonJdn(k: number): number {
  return Math.floor(newMoonJd(k) + 0.5 + TIME_ZONE_DAYS);
}

/** Apparent ecliptic longitude of the Sun, degrees in [0, 360). */
function sunLongitude(jd: number): number {
  const t = (jd - 2451545.0) / 36525;
  const t2 = t * t;
  const m = (357.5291 + 35999.0503 * t - 0.0001559 * t2 - 0.00000048 * t * t2) * DEG;
  const l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
  const centre =
    (1.9146 - 0.004817 * t - 0.000014 * t2) * Math.sin(m) +
    (0.019993 - 0.000101 * t) * Math.sin(2 * m) +
    0.00029 * Math.sin(3 * m);
  const omega = (125.04 - 1934.136 * t) * DEG;
  const apparent = l0 + centre - 0.00569 - 0.00478 * Math.sin(omega);
  return apparent - 360 * Math.floor(apparent / 360);
}

/** 30° sector (0–11) of the Sun's longitude at local midnight starting day `jdn`. */
function sunSectorAtDayStart(jdn: number): number {
  return Math.floor(sunLongitude(jdn - 0.5 - TIME_ZONE_DAYS) / 30);
}

/** JDN of the first day of lunar month 11 (the month with the December solstice) around `year`'s end. */
function month11StartJdn(year: number): number {
  const offset = epochDayFromCivil(year, 12, 31) + JDN_OF_EPOCH_DAY_ZERO - 2415021;
  const k = Math.floor(offset / MEAN_SYNODIC_MONTH);
  const candidate = newMoonJdn(k);
  // If the Sun is already past 270° when that month starts, the solstice belongs to the month before.
  return sunSectorAtDayStart(candidate) >= 9 ? newMoonJdn(k - 1) : candidate;
}

function lunationIndex(jdn: number): number {
  return Math.floor((jdn - LUNATION_ZERO_JD) / MEAN_SYNODIC_MONTH + 0.5);
}

/** Offset (1–12) after month 11 of the first month without a principal term. */
function leapMonthOffset(a11: number): number {
  const k = lunationIndex(a11);
  let i = 1;
  let arc = sunSectorAtDayStart(newMoonJdn(k + i));
  let last: number;
  do {
    last = arc;
    i += 1;
    arc = sunSectorAtDayStart(newMoonJdn(k + i));
  } while (arc !== last && i < 14);
  return i - 1;
}

const suiCache = new Map<number, readonly LunarMonthSpan[]>();

/**
 * The months from month 11 that starts late in Gregorian `year` up to (excluding) the next month 11:
 * months 11 and 12 of lunar year `year`, then months 1–10 of lunar year `year + 1`, 12 or 13 months.
 */
function suiMonths(year: number): readonly LunarMonthSpan[] {
  const cached = suiCache.get(year);
  if (cached !== undefined) return cached;
  const a11 = month11StartJdn(year);
  const b11 = month11StartJdn(year + 1);
  const k = lunationIndex(a11);
  const count = b11 - a11 > 365 ? 13 : 12;
  const leapOffset = count === 13 ? leapMonthOffset(a11) : -1;
  const spans: LunarMonthSpan[] = [];
  let lunarYear = year;
  for (let i = 0; i < count; i++) {
    const start = i === 0 ? a11 : newMoonJdn(k + i);
    const end = i === count - 1 ? b11 : newMoonJdn(k + i + 1);
    const raw = leapOffset >= 0 && i >= leapOffset ? 10 + i : 11 + i;
    const month = ((raw - 1) % 12) + 1;
    const leap = i === leapOffset;
    if (month === 1 && !leap) lunarYear = year + 1;
    spans.push({ start: start - JDN_OF_EPOCH_DAY_ZERO, length: end - start, month, leap, lunarYear });
  }
  suiCache.set(year, spans);
  return spans;
}

/** Gregorian date (epoch day) of a lunar date; throws RangeError when it does not exist. */
export function lunarToEpochDay(lunar: LunarDate): EpochDay {
  const spans = suiMonths(lunar.month >= 11 ? lunar.year : lunar.year - 1);
  for (const span of spans) {
    if (span.month === lunar.month && span.leap === lunar.leap && span.lunarYear === lunar.year) {
      if (!Number.isInteger(lunar.day) || lunar.day < 1 || lunar.day > span.length) break;
      return span.start + lunar.day - 1;
    }
  }
  throw new RangeError(
    `No lunar date ${lunar.day}/${lunar.month}${lunar.leap ? ' (leap)' : ''}/${lunar.year} in the Vietnamese calendar`,
  );
}

/** Lunar date of a Gregorian date (epoch day). */
export function epochDayToLunar(epochDay: EpochDay): LunarDate {
  const year = yearOfEpochDay(epochDay);
  const a11 = month11StartJdn(year) - JDN_OF_EPOCH_DAY_ZERO;
  const spans = suiMonths(epochDay >= a11 ? year : year - 1);
  let found: LunarMonthSpan | undefined;
  for (const span of spans) {
    if (span.start <= epochDay) found = span;
  }
  if (found === undefined) throw new RangeError(`Epoch day ${epochDay} outside the computed lunar months`);
  return { day: epochDay - found.start + 1, month: found.month, year: found.lunarYear, leap: found.leap };
}

/** Epoch day of Tết Nguyên đán (1st day of the 1st lunar month) of lunar year `year`. */
export function lunarNewYear(year: number): EpochDay {
  return lunarToEpochDay({ day: 1, month: 1, year, leap: false });
}

/** The leap month number of lunar year `year`, or null if it has none. */
export function leapMonthOf(year: number): number | null {
  for (const sui of [year - 1, year]) {
    for (const span of suiMonths(sui)) {
      if (span.leap && span.lunarYear === year) return span.month;
    }
  }
  return null;
}
