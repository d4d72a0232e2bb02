// Builds what `npm start` needs when it is missing or older than its sources:
// the server and CLI bundles (esbuild, dist/) and the web app (Vite, web/dist/).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const force = process.argv.includes('--force');

function newest(dir) {
  let t = 0;
  if (!fs.existsSync(dir)) return t;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    t = Math.max(
      t,
      e.isDirectory()
        ? e.name === 'dist' || e.name === 'node_modules'
          ? 0
          : newest(p)
        : fs.statSync(p).mtimeMs,
    );
  }
  return t;
}
const mtime = (p) => (fs.existsSync(p) ? fs.statSync(p).mtimeMs : 0);

export async function buildServer() {
  const stamp = path.join(root, 'dist', '.stamp');
  if (
    !force &&
    mtime(stamp) > Math.max(newest(path.join(root, 'src')), mtime(path.join(root, 'package.json')))
  )
    return false;
  const esbuild = await import('esbuild');
  await esbuild.build({
    entryPoints: { server: path.join(root, 'src/main.ts'), cli: path.join(root, 'src/cli/main.ts') },
    outdir: path.join(root, 'dist'),
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: true,
    logLevel: 'warning',
  });
  fs.writeFileSync(stamp, new Date().toISOString());
  return true;
}

export function buildWeb() {
  const index = path.join(root, 'web', 'dist', 'index.html');
  const sources = Math.max(
    newest(path.join(root, 'web')),
    newest(path.join(root, 'src', 'contract')),
    newest(path.join(root, 'src', 'domain', 'format')),
  );
  if (!force && mtime(index) > sources) return false;
  const vite = path.join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  const r = spawnSync(
    process.execPath,
    [vite, 'build', '--config', path.join(root, 'web', 'vite.config.ts'), '--logLevel', 'warn'],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
  if (r.status !== 0) throw new Error('Building the web app failed');
  return true;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const t = Date.now();
  const s = await buildServer();
  const w = buildWeb();
  console.log(
    `build: server ${s ? 'built' : 'up to date'}, web ${w ? 'built' : 'up to date'} (${Date.now() - t} ms)`,
  );
}
