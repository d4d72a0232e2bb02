// Retry delays of an outbound delivery: exponential in the number of failed attempts, capped, with
// "equal jitter" (half fixed, half random) so that many rows failing together do not retry in lockstep.
// `random` is injected (a number in [0, 1)); no clock here: the caller adds the delay to its own "now".

export type BackoffPolicy = {
  /** Delay after the first failure. */
  readonly baseMs: number;
  /** Largest delay, whatever the number of failures. */
  readonly capMs: number;
};

export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 5_000, capMs: 60_000 };

/** Delay before the next attempt after `failures` consecutive failures (≥ 1). */
export function retryDelayMs(policy: BackoffPolicy, failures: number, random: number): number {
  const n = Math.max(1, Math.floor(failures));
  // 2^(n-1) overflows to Infinity for large n; min() keeps it at the cap.
  const ceiling = Math.min(policy.capMs, policy.baseMs * 2 ** Math.min(n - 1, 52));
  const r = Math.min(Math.max(random, 0), 1);
  return Math.round(ceiling / 2 + (ceiling / 2) * r);
}
