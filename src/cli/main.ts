// `npx motcua <command>`: migrate, seed-demo, generate, create-admin, reset-password.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, parseConfig } from '../config.js';
import { openDatabase } from '../db/database.js';
import { DatabaseLockedError, readLock } from '../db/lock.js';
import { systemClock } from '../platform/clock.js';
import { sendToAdminSocket } from './admin-socket.js';
import { COMMANDS, type CommandArgs } from './commands.js';

const USAGE = `Usage: npx motcua <command> [options]

Commands:
${Object.values(COMMANDS)
  .map((c) => `  ${c.help.split('\n')[0]}`)
  .join('\n')}

Run "npx motcua <command> --help" for details. The database is the one the server uses:
DATABASE_URL if set, otherwise the embedded database in DATA_DIR (default ./data).`;

async function readStdinLine(): Promise<string> {
  if (process.stdin.isTTY) process.stderr.write('Password: ');
  let data = '';
  for await (const chunk of process.stdin) {
    data += chunk;
    if (data.includes('\n')) break;
  }
  return data.split('\n')[0]!.replace(/\r$/, '');
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    console.log(USAGE);
    return command ? 0 : 2;
  }
  const cmd = COMMANDS[command];
  if (!cmd) {
    console.error(`Unknown command "${command}".\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: command === 'import',
    options: {
      help: { type: 'boolean', short: 'h' },
      username: { type: 'string' },
      password: { type: 'string' },
      unit: { type: 'string' },
      'full-name': { type: 'string' },
      dossiers: { type: 'string' },
      seed: { type: 'string' },
      fast: { type: 'boolean' },
      mode: { type: 'string' },
      'per-unit': { type: 'string' },
      'drop-indexes': { type: 'boolean' },
      source: { type: 'string' },
      mapping: { type: 'string' },
    },
    strict: true,
  });
  if (values.help) {
    console.log(cmd.help);
    return 0;
  }
  const args: CommandArgs = { ...values } as CommandArgs;
  // A file argument is made absolute here: a relayed command runs in the server's working directory.
  if (positionals[0]) args.file = path.resolve(positionals[0]);
  if ((command === 'create-admin' || command === 'reset-password') && args.password === undefined) {
    args.password = await readStdinLine();
  }
  const config = parseConfig(process.env);
  const out = (line: string) => console.log(line);
  if (!config.databaseUrl) {
    const holder = readLock(path.join(config.dataDir, 'motcua.lock'));
    if (holder?.adminSocket) return sendToAdminSocket(holder.adminSocket, { command, args }, out);
    if (holder && (command === 'generate' || command === 'import')) {
      console.error(
        `Máy chủ MotCua (tiến trình ${holder.pid}) đang giữ cơ sở dữ liệu nhúng nhưng chưa mở cổng quản trị ` +
          '(đang khởi động?); hãy chờ máy chủ sẵn sàng rồi chạy lại lệnh, hoặc dừng máy chủ trước.',
      );
      return 1;
    }
    if (holder) throw new DatabaseLockedError(holder, path.join(config.dataDir, 'motcua.lock'));
  }
  const database = await openDatabase(
    config.databaseUrl
      ? { kind: 'postgres', url: config.databaseUrl, poolSize: 2 }
      : { kind: 'pglite', dataDir: config.dataDir, now: systemClock.now() },
  );
  try {
    return await cmd.run({ database, config, clock: systemClock, out }, args);
  } finally {
    await database.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e) => {
    console.error(
      e instanceof ConfigError || e instanceof DatabaseLockedError
        ? e.message
        : `Error: ${(e as Error).message}`,
    );
    process.exit(1);
  },
);
