// The adapter to the national population database (CSDL quốc gia về dân cư): one instance per
// running app, holding the circuit breaker's state. A lookup never throws: it answers found,
// not found, or unavailable with the reason (not configured, circuit open, timeout, dropped …),
// and intake goes on by hand in the last case.
import type { PopulationConfig } from '../../config.js';
import { type PopulationCitizen, readPopulationAnswer } from '../../domain/population/index.js';
import {
  admit,
  type BreakerOptions,
  type BreakerState,
  CLOSED,
  recordFailure,
  recordSuccess,
} from '../../domain/resilience/circuit-breaker.js';
import type { Clock } from '../../platform/clock.js';
import { type PostFailure, postJson } from './post-json.js';

export type UnavailableReason = 'not_configured' | 'circuit_open' | PostFailure | 'upstream_error';

export type LookupOutcome =
  | { result: 'found'; citizen: PopulationCitizen }
  | { result: 'not_found' }
  | { result: 'unavailable'; reason: UnavailableReason; detail: string };

export type LookupRequest = {
  idNumber: string;
  /** MaYeuCau: our id of this lookup, so both sides' logs can be matched. */
  requestId: string;
  /** MaDVC: the unit the officer works for. */
  unitCode: string | null;
  /** MaCanBo: the officer who asks. */
  officer: string;
};

export type PopulationDirectory = {
  readonly configured: boolean;
  lookup(req: LookupRequest): Promise<LookupOutcome>;
  breakerStatus(): BreakerState['status'];
};

export function createPopulationDirectory(
  config: PopulationConfig | null,
  clock: Clock,
): PopulationDirectory {
  if (!config)
    return {
      configured: false,
      breakerStatus: () => 'closed',
      lookup: async () => ({
        result: 'unavailable',
        reason: 'not_configured',
        detail: 'POPULATION_DB_URL is not set',
      }),
    };
  const opts: BreakerOptions = {
    failureThreshold: config.breakerFailures,
    coolDownMs: config.breakerCoolDownMs,
  };
  let state: BreakerState = CLOSED;
  return {
    configured: true,
    breakerStatus: () => state.status,
    async lookup(req) {
      const admission = admit(state, clock.now().getTime(), opts);
      if (!admission.allowed)
        return {
          result: 'unavailable',
          reason: 'circuit_open',
          detail: `circuit open until ${new Date(admission.retryAt).toISOString()}`,
        };
      state = admission.state;
      const answer = await postJson(
        config.url,
        {
          SoDinhDanh: req.idNumber,
          MaTichHop: config.integrationCode,
          MaDVC: req.unitCode ?? '',
          MaCanBo: req.officer,
          MaYeuCau: req.requestId,
        },
        {
          connectTimeoutMs: config.connectTimeoutMs,
          timeoutMs: config.timeoutMs,
          headers: { authorization: `Bearer ${config.token}` },
        },
      );
      const now = clock.now().getTime();
      if (!answer.ok) {
        state = recordFailure(state, now, opts);
        return { result: 'unavailable', reason: answer.failure, detail: answer.detail };
      }
      const read = readPopulationAnswer(answer.body, req.idNumber);
      if (read.kind === 'error') {
        state = recordFailure(state, now, opts);
        return { result: 'unavailable', reason: 'upstream_error', detail: read.detail };
      }
      state = recordSuccess(state);
      return read.kind === 'found' ? { result: 'found', citizen: read.citizen } : { result: 'not_found' };
    },
  };
}
