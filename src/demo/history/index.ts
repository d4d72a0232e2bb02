/**
 * Demo history: realistic dossier history generated through the same domain code as the server
 * (state machine, legal-time calendar), written in bulk. See generate.ts and docs/decisions/0010.
 */

export {
  BENCH_SOURCE,
  FAST_REFUSED_ON_PGLITE,
  type FastOptions,
  type FastResult,
  generateFast,
} from './fast.js';
export { type GenerateOptions, type GenerateResult, generateHistory, HISTORY_SPAN_MS } from './generate.js';
export { HistoryError } from './unit-context.js';
