import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  admit,
  type BreakerState,
  CLOSED,
  recordFailure,
  recordSuccess,
} from '../../../src/domain/resilience/circuit-breaker.js';

const opts = { failureThreshold: 3, coolDownMs: 30_000 };

function fail(state: BreakerState, now: number, times = 1): BreakerState {
  let s = state;
  for (let i = 0; i < times; i++) s = recordFailure(s, now, opts);
  return s;
}

describe('circuit breaker', () => {
  it('stays closed below the threshold and lets every call through', () => {
    const s = fail(CLOSED, 0, 2);
    expect(s).toEqual({ status: 'closed', failures: 2 });
    expect(admit(s, 1, opts).allowed).toBe(true);
  });

  it('a success resets the consecutive-failure count', () => {
    const s = fail(recordSuccess(fail(CLOSED, 0, 2)), 0, 2);
    expect(s).toEqual({ status: 'closed', failures: 2 });
  });

  it('opens at the threshold and refuses calls until the cool-down ends', () => {
    const open = fail(CLOSED, 1_000, 3);
    expect(open).toEqual({ status: 'open', openedAt: 1_000 });
    const refused = admit(open, 30_999, opts);
    expect(refused).toEqual({ allowed: false, state: open, retryAt: 31_000 });
  });

  it('after the cool-down lets exactly one probe through (half-open)', () => {
    const open = fail(CLOSED, 1_000, 3);
    const probe = admit(open, 31_000, opts);
    expect(probe).toEqual({
      allowed: true,
      probe: true,
      state: { status: 'half_open', probeStartedAt: 31_000 },
    });
    const second = admit(probe.state, 31_500, opts);
    expect(second.allowed).toBe(false);
  });

  it('closes when the probe succeeds', () => {
    const probe = admit(fail(CLOSED, 0, 3), 30_000, opts);
    const closed = recordSuccess(probe.state);
    expect(closed).toEqual(CLOSED);
    expect(admit(closed, 30_001, opts)).toMatchObject({ allowed: true, probe: false });
  });

  it('re-opens with a fresh cool-down when the probe fails', () => {
    const probe = admit(fail(CLOSED, 0, 3), 30_000, opts);
    const reopened = recordFailure(probe.state, 30_200, opts);
    expect(reopened).toEqual({ status: 'open', openedAt: 30_200 });
    expect(admit(reopened, 60_100, opts).allowed).toBe(false);
    expect(admit(reopened, 60_200, opts).allowed).toBe(true);
  });

  it('a probe that never reports back does not wedge the breaker', () => {
    const probe = admit(fail(CLOSED, 0, 3), 30_000, opts);
    expect(admit(probe.state, 59_999, opts).allowed).toBe(false);
    expect(admit(probe.state, 60_000, opts)).toMatchObject({ allowed: true, probe: true });
  });

  it('threshold 1 opens on the first failure', () => {
    expect(recordFailure(CLOSED, 5, { failureThreshold: 1, coolDownMs: 10 })).toEqual({
      status: 'open',
      openedAt: 5,
    });
  });

  it('never admits a call while open within the cool-down, whatever the history', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ ok: fc.boolean(), dt: fc.integer({ min: 0, max: 40_000 }) }), { maxLength: 60 }),
        (events) => {
          let s: BreakerState = CLOSED;
          let now = 0;
          for (const e of events) {
            now += e.dt;
            const a = admit(s, now, opts);
            if (s.status === 'open' && now < s.openedAt + opts.coolDownMs) expect(a.allowed).toBe(false);
            if (!a.allowed) continue;
            s = e.ok ? recordSuccess(a.state) : recordFailure(a.state, now, opts);
            if (s.status === 'closed') expect(s.failures).toBeLessThan(opts.failureThreshold);
          }
        },
      ),
    );
  });
});
