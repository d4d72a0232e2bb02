#!/usr/bin/env node
// Runs every bench/*.ts with tsx, one after the other; exits non-zero if any benchmark fails.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const benchDir = join(root, 'bench');
const tsx = join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'tsx.cmd' : 'tsx');

if (!existsSync(tsx)) {
  console.error(`tsx not found at ${tsx}; run npm install first.`);
  process.exit(1);
}

const files = existsSync(benchDir)
  ? readdirSync(benchDir)
      .filter((name) => name.endsWith('.ts'))
      .sort()
  : [];
if (files.length === 0) {
  console.log('No benchmarks in bench/.');
  process.exit(0);
}

const failed = [];
for (const file of files) {
  console.log(`\n▶ bench/${file}`);
  const result = spawnSync(tsx, [join('bench', file)], { cwd: root, stdio: 'inherit' });
  if (result.error !== undefined || result.status !== 0) {
    failed.push(file);
    console.error(
      `✗ bench/${file} failed (${result.error?.message ?? `exit code ${result.status ?? result.signal}`})`,
    );
  }
}

if (failed.length > 0) {
  console.error(`\n${failed.length} of ${files.length} benchmark(s) failed: ${failed.join(', ')}`);
  process.exit(1);
}
console.log(`\nAll ${files.length} benchmark(s) passed.`);
