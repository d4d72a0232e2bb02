// npm test: every layer in order — lint, typecheck, then all Vitest projects (unit, db on
// the embedded database or TEST_DATABASE_URL, api, browser) — and one closing summary line.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const run = (label, cmd, args) => {
  console.log(`\n▶ ${label}`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  return r.status === 0;
};

const projects = process.argv.slice(2);
const steps = [];
if (projects.length === 0) {
  steps.push(['lint', bin('biome'), ['check', '.']]);
  steps.push(['typecheck (server)', bin('tsc'), ['-p', 'tsconfig.json', '--noEmit']]);
  steps.push(['typecheck (web)', bin('tsc'), ['-p', 'web/tsconfig.json', '--noEmit']]);
}
let ok = true;
for (const [label, cmd, args] of steps) ok = run(label, cmd, args) && ok;

const report = path.join(root, 'test-results', 'vitest.json');
fs.rmSync(report, { force: true });
const projectArgs = projects.flatMap((p) => ['--project', p]);
ok =
  run(
    `tests ${projects.length ? projects.join(', ') : 'unit, db, api, browser'}${process.env.TEST_DATABASE_URL ? ' on PostgreSQL' : ' on embedded PGlite'}`,
    bin('vitest'),
    ['run', ...projectArgs, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`],
  ) && ok;

let passed = 0;
let failed = 0;
if (fs.existsSync(report)) {
  const r = JSON.parse(fs.readFileSync(report, 'utf8'));
  passed = r.numPassedTests;
  failed = r.numFailedTests + (r.numTotalTests === 0 ? 1 : 0);
}
if (!ok && failed === 0) failed = 1;
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(ok && failed === 0 ? 0 : 1);
