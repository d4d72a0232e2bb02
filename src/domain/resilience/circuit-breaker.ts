// A circuit breaker as pure data and functions: the caller keeps the state, passes "now" in and
// stores the state each function returns. No timers and no I/O here; the adapter around an
// external system (src/modules/population/directory.ts) owns the state and the clock.
//
//   closed ──(failureThreshold consecutive failures)──▶ open
//   open ──(coolDownMs elapsed, next call is the one probe)──▶ half_open
//   half_open ──probe succeeds──▶ closed        half_open ──probe fails──▶ open (cool-down again)
//
// While half-open only the probe goes through; other calls are refused as if open, so a
// recovering system is not hit by every waiting request at once.

export type BreakerOptions = {
  /** Consecutive failures that open the circuit (≥ 1). */
  readonly failureThreshold: number;
  /** How long the circuit stays open before one probe call is let through, in milliseconds. */
  readonly coolDownMs: number;
};

export type BreakerState =
  | { readonly status: 'closed'; readonly failures: number }
  | { readonly status: 'open'; readonly openedAt: number }
  | { readonly status: 'half_open'; readonly probeStartedAt: number };

export const CLOSED: BreakerState = { status: 'closed', failures: 0 };

export type Admission =
  | { readonly allowed: true; readonly state: BreakerState; readonly probe: boolean }
  | { readonly allowed: false; readonly state: BreakerState; readonly retryAt: number };

/** Asks to make a call at `now`. When allowed, store the returned state before calling. */
export function admit(state: BreakerState, now: number, opts: BreakerOptions): Admission {
  switch (state.status) {
    case 'closed':
      return { allowed: true, state, probe: false };
    case 'open': {
      const retryAt = state.openedAt + opts.coolDownMs;
      if (now < retryAt) return { allowed: false, state, retryAt };
      return { allowed: true, state: { status: 'half_open', probeStartedAt: now }, probe: true };
    }
    case 'half_open': {
      // A probe that never reported back (lost promise) must not wedge the breaker forever:
      // after another cool-down a new probe is allowed.
      const retryAt = state.probeStartedAt + opts.coolDownMs;
      if (now < retryAt) return { allowed: false, state, retryAt };
      return { allowed: true, state: { status: 'half_open', probeStartedAt: now }, probe: true };
    }
  }
}

/** The call succeeded (the remote system answered, even "not found"). */
export function recordSuccess(_state: BreakerState): BreakerState {
  return CLOSED;
}

/** The call failed (timeout, dropped connection, server error). */
export function recordFailure(state: BreakerState, now: number, opts: BreakerOptions): BreakerState {
  switch (state.status) {
    case 'closed': {
      const failures = state.failures + 1;
      return failures >= opts.failureThreshold
        ? { status: 'open', openedAt: now }
        : { status: 'closed', failures };
    }
    case 'half_open':
      return { status: 'open', openedAt: now };
    case 'open':
      // A call admitted before the circuit opened fails late: the cool-down restarts.
      return { status: 'open', openedAt: now };
  }
}
