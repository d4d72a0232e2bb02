/**
 * Independent astronomical reference for the lunar-calendar tests. Deliberately shares no code with
 * src/domain/calendar/lunar.ts:
 * - new moons: full J. Meeus, "Astronomical Algorithms" 2nd ed., ch. 49 (lunation 0 = January 2000,
 *   all 25 periodic terms for the new moon and the 14 planetary arguments), then ΔT from the
 *   Espenak–Meeus polynomials to get UT;
 * - the Sun: truncated VSOP87 series of the Earth (Meeus Appendix III), geocentric, FK5 correction,
 *   nutation in longitude (ch. 22) and aberration, i.e. the apparent longitude; principal terms and the
 *   December solstice are solved as instants by Newton iteration (not sampled at month starts);
 * - the calendar rule applied on local dates at UTC+7: month 11 contains the December solstice; with
 *   13 months between two months 11, the first month without a principal term is the leap month.
 */

const DEG = Math.PI / 180;
const TIME_ZONE_DAYS = 7 / 24;
const JDN_OF_UNIX_EPOCH = 2440588;

/** Julian Day at 0h of a Gregorian date (Meeus ch. 7). */
export function julianDay(year: number, month: number, day: number): number {
  let y = year;
  let m = month;
  if (m <= 2) {
    y -= 1;
    m += 12;
  }
  const a = Math.floor(y / 100);
  const b = 2 - a + Math.floor(a / 4);
  return Math.floor(365.25 * (y + 4716)) + Math.floor(30.6001 * (m + 1)) + day + b - 1524.5;
}

/** ΔT = TT − UT in seconds (Espenak & Meeus polynomial expressions). */
export function deltaTSeconds(decimalYear: number): number {
  const y = decimalYear;
  if (y < 1941) throw new RangeError('deltaT helper covers 1941–2150 only');
  if (y < 1961) {
    const t = y - 1950;
    return 29.07 + 0.407 * t - (t * t) / 233 + (t * t * t) / 2547;
  }
  if (y < 1986) {
    const t = y - 1975;
    return 45.45 + 1.067 * t - (t * t) / 260 - (t * t * t) / 718;
  }
  if (y < 2005) {
    const t = y - 2000;
    return (
      63.86 +
      0.3345 * t -
      0.060374 * t ** 2 +
      0.0017275 * t ** 3 +
      0.000651814 * t ** 4 +
      0.00002373599 * t ** 5
    );
  }
  if (y < 2050) {
    const t = y - 2000;
    return 62.92 + 0.32217 * t + 0.005589 * t * t;
  }
  if (y < 2150) return -20 + 32 * ((y - 1820) / 100) ** 2 - 0.5628 * (2150 - y);
  throw new RangeError('deltaT helper covers 1941–2150 only');
}

function jdeToUt(jde: number): number {
  const decimalYear = 2000 + (jde - 2451545.0) / 365.25;
  return jde - deltaTSeconds(decimalYear) / 86400;
}

/** JDN of the UTC+7 local date of a UT Julian date. */
function localJdn(jdUt: number): number {
  return Math.floor(jdUt + 0.5 + TIME_ZONE_DAYS);
}

const NEW_MOON_TERMS: readonly (readonly [number, number, number, number, number, number])[] = [
  // [coefficient, power of E, multiple of M, of M', of F, of Ω]
  [-0.4072, 0, 0, 1, 0, 0],
  [0.17241, 1, 1, 0, 0, 0],
  [0.01608, 0, 0, 2, 0, 0],
  [0.01039, 0, 0, 0, 2, 0],
  [0.00739, 1, -1, 1, 0, 0],
  [-0.00514, 1, 1, 1, 0, 0],
  [0.00208, 2, 2, 0, 0, 0],
  [-0.00111, 0, 0, 1, -2, 0],
  [-0.00057, 0, 0, 1, 2, 0],
  [0.00056, 1, 1, 2, 0, 0],
  [-0.00042, 0, 0, 3, 0, 0],
  [0.00042, 1, 1, 0, 2, 0],
  [0.00038, 1, 1, 0, -2, 0],
  [-0.00024, 1, -1, 2, 0, 0],
  [-0.00017, 0, 0, 0, 0, 1],
  [-0.00007, 0, 2, 1, 0, 0],
  [0.00004, 0, 0, 2, -2, 0],
  [0.00004, 0, 3, 0, 0, 0],
  [0.00003, 0, 1, 1, -2, 0],
  [0.00003, 0, 0, 2, 2, 0],
  [-0.00003, 0, 1, 1, 2, 0],
  [0.00003, 0, -1, 1, 2, 0],
  [-0.00002, 0, -1, 1, -2, 0],
  [-0.00002, 0, 1, 3, 0, 0],
  [0.00002, 0, 0, 4, 0, 0],
];

const PLANETARY_ARGUMENTS: readonly (readonly [number, number, number, number])[] = [
  // [A0, k coefficient, T² coefficient, amplitude]
  [299.77, 0.107408, -0.009173, 0.000325],
  [251.88, 0.016321, 0, 0.000165],
  [251.83, 26.651886, 0, 0.000164],
  [349.42, 36.412478, 0, 0.000126],
  [84.66, 18.206239, 0, 0.00011],
  [141.74, 53.303771, 0, 0.000062],
  [207.14, 2.453732, 0, 0.00006],
  [154.84, 7.30686, 0, 0.000056],
  [34.52, 27.261239, 0, 0.000047],
  [207.19, 0.121824, 0, 0.000042],
  [291.34, 1.844379, 0, 0.00004],
  [161.72, 24.198154, 0, 0.000037],
  [239.56, 25.513099, 0, 0.000035],
  [331.55, 3.592518, 0, 0.000023],
];

/** JDE (TT) of the true new moon of lunation k (k = 0: 6 January 2000), Meeus ch. 49. */
export function newMoonJde(k: number): number {
  const t = k / 1236.85;
  const t2 = t * t;
  const t3 = t2 * t;
  const t4 = t3 * t;
  const mean = 2451550.09766 + 29.530588861 * k + 0.00015437 * t2 - 0.00000015 * t3 + 0.00000000073 * t4;
  const e = 1 - 0.002516 * t - 0.0000074 * t2;
  const m = (2.5534 + 29.1053567 * k - 0.0000014 * t2 - 0.00000011 * t3) * DEG;
  const mp = (201.5643 + 385.81693528 * k + 0.0107582 * t2 + 0.00001238 * t3 - 0.000000058 * t4) * DEG;
  const f = (160.7108 + 390.67050284 * k - 0.0016118 * t2 - 0.00000227 * t3 + 0.000000011 * t4) * DEG;
  const omega = (124.7746 - 1.56375588 * k + 0.0020672 * t2 + 0.00000215 * t3) * DEG;
  let periodic = 0;
  for (const [c, ePower, cm, cmp, cf, co] of NEW_MOON_TERMS) {
    periodic += c * e ** ePower * Math.sin(cm * m + cmp * mp + cf * f + co * omega);
  }
  let planetary = 0;
  for (const [a0, ak, at2, amplitude] of PLANETARY_ARGUMENTS) {
    planetary += amplitude * Math.sin((a0 + ak * k + at2 * t2) * DEG);
  }
  return mean + periodic + planetary;
}

type Series = readonly (readonly [number, number, number])[];

// VSOP87 Earth heliocentric longitude, truncated (Meeus Appendix III): [A, B, C], term = A cos(B + Cτ).
const L0: Series = [
  [175347046, 0, 0],
  [3341656, 4.6692568, 6283.07585],
  [34894, 4.6261, 12566.1517],
  [3497, 2.7441, 5753.3849],
  [3418, 2.8289, 3.5231],
  [3136, 3.6277, 77713.7715],
  [2676, 4.4181, 7860.4194],
  [2343, 6.1352, 3930.2097],
  [1324, 0.7425, 11506.7698],
  [1273, 2.0371, 529.691],
  [1199, 1.1096, 1577.3435],
  [990, 5.233, 5884.927],
  [902, 2.045, 26.298],
  [857, 3.508, 398.149],
  [780, 1.179, 5223.694],
  [753, 2.533, 5507.553],
  [505, 4.583, 18849.228],
  [492, 4.205, 775.523],
  [357, 2.92, 0.067],
  [317, 5.849, 11790.629],
  [284, 1.899, 796.298],
  [271, 0.315, 10977.079],
  [243, 0.345, 5486.778],
  [206, 4.806, 2544.314],
  [205, 1.869, 5573.143],
  [202, 2.458, 6069.777],
  [156, 0.833, 213.299],
  [132, 3.411, 2942.463],
  [126, 1.083, 20.775],
  [115, 0.645, 0.98],
  [103, 0.636, 4694.003],
  [102, 0.976, 15720.839],
  [102, 4.267, 7.114],
  [99, 6.21, 2146.17],
  [98, 0.68, 155.42],
  [86, 5.98, 161000.69],
  [85, 1.3, 6275.96],
  [85, 3.67, 71430.7],
  [80, 1.81, 17260.15],
  [79, 3.04, 12036.46],
  [75, 1.76, 5088.63],
  [74, 3.5, 3154.69],
  [74, 4.68, 801.82],
  [70, 0.83, 9437.76],
  [62, 3.98, 8827.39],
  [61, 1.82, 7084.9],
  [57, 2.78, 6286.6],
  [56, 4.39, 14143.5],
  [56, 3.47, 6279.55],
  [52, 0.19, 12139.55],
  [52, 1.33, 1748.02],
  [51, 0.28, 5856.48],
  [49, 0.49, 1194.45],
  [41, 5.37, 8429.24],
  [41, 2.4, 19651.05],
  [39, 6.17, 10447.39],
  [37, 6.04, 10213.29],
  [37, 2.57, 1059.38],
  [36, 1.71, 2352.87],
  [36, 1.78, 6812.77],
  [33, 0.59, 17789.85],
  [30, 0.44, 83996.85],
  [30, 2.74, 1349.87],
  [25, 3.16, 4690.48],
];
const L1: Series = [
  [628331966747, 0, 0],
  [206059, 2.678235, 6283.07585],
  [4303, 2.6351, 12566.1517],
  [425, 1.59, 3.523],
  [119, 5.796, 26.298],
  [109, 2.966, 1577.344],
  [93, 2.59, 18849.23],
  [72, 1.14, 529.69],
  [68, 1.87, 398.15],
  [67, 4.41, 5507.55],
  [59, 2.89, 5223.69],
  [56, 2.17, 155.42],
  [45, 0.4, 796.3],
  [36, 0.47, 775.52],
  [29, 2.65, 7.11],
  [21, 5.34, 0.98],
  [19, 1.85, 5486.78],
  [19, 4.97, 213.3],
  [17, 2.99, 6275.96],
  [16, 0.03, 2544.31],
  [16, 1.43, 2146.17],
  [15, 1.21, 10977.08],
  [12, 2.83, 1748.02],
  [12, 3.26, 5088.63],
  [12, 5.27, 1194.45],
  [12, 2.08, 4694.0],
  [11, 0.77, 553.57],
  [10, 1.3, 6286.6],
  [10, 4.24, 1349.87],
  [9, 2.7, 242.73],
  [9, 5.64, 951.72],
  [8, 5.3, 2352.87],
  [6, 2.65, 9437.76],
  [6, 4.67, 4690.48],
];
const L2: Series = [
  [52919, 0, 0],
  [8720, 1.0721, 6283.0758],
  [309, 0.867, 12566.152],
  [27, 0.05, 3.52],
  [16, 5.19, 26.3],
  [16, 3.68, 155.42],
  [10, 0.76, 18849.23],
  [9, 2.06, 77713.77],
  [7, 0.83, 775.52],
  [5, 4.66, 1577.34],
  [4, 1.03, 7.11],
  [4, 3.44, 5573.14],
  [3, 5.14, 796.3],
  [3, 6.05, 5507.55],
  [3, 1.19, 242.73],
  [3, 6.12, 529.69],
  [3, 0.31, 398.15],
  [3, 2.28, 553.57],
  [2, 4.38, 5223.69],
  [2, 3.75, 0.98],
];
const L3: Series = [
  [289, 5.844, 6283.076],
  [35, 0, 0],
  [17, 5.49, 12566.15],
  [3, 5.2, 155.42],
  [1, 4.72, 3.52],
  [1, 5.3, 18849.23],
  [1, 5.97, 242.73],
];
const L4: Series = [
  // biome-ignore lint/suspicious/noApproximativeNumericConstant: tabulated VSOP87 phase, kept as published
  [114, 3.142, 0],
  [8, 4.13, 6283.08],
  [1, 3.84, 12566.15],
];
const L5: Series = [[1, 3.14, 0]];
const R0: Series = [
  [100013989, 0, 0],
  [1670700, 3.0984635, 6283.07585],
  [13956, 3.05525, 12566.1517],
  [3084, 5.1985, 77713.7715],
  [1628, 1.1739, 5753.3849],
  [1576, 2.8469, 7860.4194],
];
const R1: Series = [
  [103019, 1.10749, 6283.07585],
  [1721, 1.0644, 12566.1517],
];

function sumSeries(series: Series, tau: number): number {
  let sum = 0;
  for (const [a, b, c] of series) sum += a * Math.cos(b + c * tau);
  return sum;
}

function normalizeDegrees(x: number): number {
  return x - 360 * Math.floor(x / 360);
}

/** Apparent geocentric longitude of the Sun in degrees at JDE (TT). */
export function sunApparentLongitude(jde: number): number {
  const tau = (jde - 2451545.0) / 365250;
  const lRad =
    (sumSeries(L0, tau) +
      sumSeries(L1, tau) * tau +
      sumSeries(L2, tau) * tau ** 2 +
      sumSeries(L3, tau) * tau ** 3 +
      sumSeries(L4, tau) * tau ** 4 +
      sumSeries(L5, tau) * tau ** 5) /
    1e8;
  const r = (sumSeries(R0, tau) + sumSeries(R1, tau) * tau) / 1e8;
  const t = tau * 10;
  const geometric = normalizeDegrees(lRad / DEG + 180) - 0.09033 / 3600;
  const omega = (125.04452 - 1934.136261 * t) * DEG;
  const sunMean = (280.4665 + 36000.7698 * t) * DEG;
  const moonMean = (218.3165 + 481267.8813 * t) * DEG;
  const nutation =
    (-17.2 * Math.sin(omega) -
      1.32 * Math.sin(2 * sunMean) -
      0.23 * Math.sin(2 * moonMean) +
      0.21 * Math.sin(2 * omega)) /
    3600;
  const aberration = -20.4898 / 3600 / r;
  return normalizeDegrees(geometric + nutation + aberration);
}

/** JDE at which the Sun's apparent longitude equals `target` degrees, starting near `guess`. */
export function solveSunLongitude(target: number, guess: number): number {
  let jde = guess;
  for (let i = 0; i < 50; i++) {
    let diff = target - sunApparentLongitude(jde);
    diff -= 360 * Math.round(diff / 360);
    jde += (diff * 365.2422) / 360;
    if (Math.abs(diff) < 1e-8) break;
  }
  return jde;
}

/** Local (UTC+7) JDN of the December solstice of `year`. */
function solsticeJdn(year: number): number {
  return localJdn(jdeToUt(solveSunLongitude(270, julianDay(year, 12, 21.5))));
}

/** Local JDNs of the new moons whose lunation index is in [kFrom, kTo]. */
function newMoonDays(kFrom: number, kTo: number): number[] {
  const days: number[] = [];
  for (let k = kFrom; k <= kTo; k++) days.push(localJdn(jdeToUt(newMoonJde(k))));
  return days;
}

export interface ReferenceLunarYear {
  /** Epoch day of Tết (1/1 lunar). */
  readonly tet: number;
  /** Epoch day of 10/3 lunar. */
  readonly hungKings: number;
  /** Leap month number inside the months 11 (previous year) … 10, or null. */
  readonly leapMonth: number | null;
}

/** Reference Tết and 10/3 of lunar year `year` (UTC+7). */
export function referenceLunarYear(year: number): ReferenceLunarYear {
  const firstSolstice = solsticeJdn(year - 1);
  const secondSolstice = solsticeJdn(year);
  const kStart = Math.floor((julianDay(year - 1, 11, 1) - 2451550.09766) / 29.530588861);
  const moons = newMoonDays(kStart, kStart + 16);
  const indexContaining = (day: number): number => {
    for (let i = 0; i + 1 < moons.length; i++) {
      if (moons[i]! <= day && day < moons[i + 1]!) return i;
    }
    throw new Error(`no new moon bracket for JDN ${day}`);
  };
  const a = indexContaining(firstSolstice);
  const b = indexContaining(secondSolstice);
  const monthCount = b - a;
  let leapOffset = -1;
  if (monthCount === 13) {
    // Local dates of every principal term (multiples of 30°) between the two solstices.
    const termDays: number[] = [];
    let jde = solveSunLongitude(270, julianDay(year - 1, 12, 21.5));
    for (let j = 1; j <= 12; j++) {
      jde = solveSunLongitude((270 + 30 * j) % 360, jde + 30.4);
      termDays.push(localJdn(jdeToUt(jde)));
    }
    for (let i = 1; i < 13; i++) {
      const start = moons[a + i]!;
      const end = moons[a + i + 1]!;
      if (!termDays.some((d) => d >= start && d < end)) {
        leapOffset = i;
        break;
      }
    }
    if (leapOffset < 0) throw new Error(`13-month year ${year} without a month lacking a principal term`);
  } else if (monthCount !== 12) {
    throw new Error(`unexpected ${monthCount} months between solstices for ${year}`);
  }
  const monthStart = (month: number): number => {
    // offset of `month` (non-leap) counted from month 11 at index a
    const plain = (month + 12 - 11) % 12;
    const offset = leapOffset >= 0 && plain >= leapOffset ? plain + 1 : plain;
    return moons[a + offset]! - JDN_OF_UNIX_EPOCH;
  };
  const leapMonth = leapOffset < 0 ? null : ((leapOffset + 10 - 1) % 12) + 1;
  return { tet: monthStart(1), hungKings: monthStart(3) + 9, leapMonth };
}
