// One listener per process on the dossier-change channel, fanned out to the server-sent-event
// streams of the dashboards. Notices are gathered for a short window (debounce) and each subscriber
// gets the changed units it covers, or nothing. A listener that lost its connection reports '*'
// (anything may have changed) once it is back, and every subscriber refetches.
import type { Database } from '../../db/database.js';
import { DOSSIER_CHANGE_CHANNEL } from './change-notice.js';

export type ChangeSubscriber = (unitIds: string[]) => void;

export type ChangeFeed = {
  /** Calls onChange with the changed units among `units`; returns the unsubscribe function. */
  subscribe(units: ReadonlySet<string>, onChange: ChangeSubscriber): Promise<() => void>;
  close(): Promise<void>;
};

export function createChangeFeed(database: Database, options: { debounceMs?: number } = {}): ChangeFeed {
  const debounceMs = options.debounceMs ?? 500;
  const subscribers = new Set<{ units: ReadonlySet<string>; onChange: ChangeSubscriber }>();
  let pending = new Set<string>();
  let timer: NodeJS.Timeout | null = null;
  let listening: Promise<() => Promise<void>> | null = null;
  let closed = false;

  const flush = () => {
    timer = null;
    const changed = pending;
    pending = new Set();
    const all = changed.has('*');
    for (const s of subscribers) {
      const mine = all ? [...s.units] : [...changed].filter((id) => s.units.has(id));
      if (mine.length) s.onChange(mine);
    }
  };
  const onNotice = (payload: string) => {
    if (closed) return;
    pending.add(payload);
    timer ??= setTimeout(flush, debounceMs);
  };

  return {
    async subscribe(units, onChange) {
      listening ??= database.listen(DOSSIER_CHANGE_CHANNEL, onNotice).catch((e: unknown) => {
        listening = null; // the next subscriber tries again
        throw e;
      });
      await listening;
      const s = { units, onChange };
      subscribers.add(s);
      return () => {
        subscribers.delete(s);
      };
    },
    async close() {
      closed = true;
      if (timer) clearTimeout(timer);
      subscribers.clear();
      if (listening) await (await listening)();
    },
  };
}
