// Progress of the background demo-history generation, kept in memory per open database (the server
// process runs one generation; a CLI run reports its own progress on its output).
import type { DemoProgress } from '../../contract/demo.js';
import type { Database } from '../../db/database.js';

type UnitProgress = DemoProgress['units'][number];

const progress = new WeakMap<Database, { running: boolean; units: UnitProgress[] }>();

export function trackProgress(database: Database, units: UnitProgress[]) {
  const state = { running: true, units };
  progress.set(database, state);
  return state;
}

export function demoProgressOf(database: Database): DemoProgress {
  const state = progress.get(database);
  if (!state) return { running: false, done: 0, total: 0, units: [] };
  return {
    running: state.running,
    done: state.units.reduce((s, u) => s + u.done, 0),
    total: state.units.reduce((s, u) => s + u.total, 0),
    units: state.units.map((u) => ({ ...u })),
  };
}
