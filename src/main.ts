// Process entry point of the server (npm start runs the bundled form of this file).
import path from 'node:path';
import { ConfigError, parseConfig } from './config.js';
import { DatabaseLockedError } from './db/lock.js';
import { systemClock } from './platform/clock.js';
import { projectRoot } from './platform/paths.js';
import { startServer } from './server.js';

async function main() {
  const config = parseConfig(process.env);
  const server = await startServer(config, systemClock, { webDist: path.join(projectRoot(), 'web', 'dist') });
  const log = server.app.log;
  log.info({ url: server.url, database: server.database.kind }, 'MotCua is ready');
  if (server.demo) {
    const lines = [
      '',
      `MotCua đang chạy tại ${server.url}`,
      server.demo.seeded ? 'Đã tạo dữ liệu mẫu (demo).' : '',
      `Tài khoản mẫu — mật khẩu chung: ${server.demo.password}`,
      ...server.demo.credentials.map((c) => `  ${c.username.padEnd(24)} ${c.role} — ${c.unit}`),
      '',
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  } else {
    process.stdout.write(`\nMotCua đang chạy tại ${server.url}\n\n`);
  }
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    log.info({ signal }, 'shutting down');
    const timer = setTimeout(() => process.exit(1), 10_000);
    timer.unref();
    await server.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((e) => {
  if (e instanceof ConfigError || e instanceof DatabaseLockedError) console.error(e.message);
  else console.error('MotCua failed to start:', e);
  process.exit(1);
});
