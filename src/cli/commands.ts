// The CLI's commands. Each runs against an open database and writes its output through
// `out`, so the same code serves direct runs and runs relayed through a live server's
// admin socket (embedded mode, where only the server process may open the database).
import { eq } from 'drizzle-orm';
import type { Config } from '../config.js';
import type { Database } from '../db/database.js';
import { migrate } from '../db/migrate.js';
import { accounts, loginThrottle, officerAssignments, sessions, units } from '../db/schema.js';
import { DEMO_UNITS } from '../demo/demo-data.js';
import { generateFast, generateHistory, HistoryError } from '../demo/history/index.js';
import { seedDemo } from '../demo/seed-demo.js';
import { SYSTEM_ACTOR } from '../domain/access/actor.js';
import { findProvince } from '../domain/units/index.js';
import { recordAudit } from '../modules/audit/record-audit.js';
import { hashPassword } from '../modules/auth/passwords.js';
import type { Clock } from '../platform/clock.js';
import { IMPORT_HELP, runImport } from './import-command.js';

const CLI_CONTEXT = {
  actor: { ...SYSTEM_ACTOR, name: 'Dòng lệnh quản trị (motcua CLI)' },
  ip: null,
  requestId: null,
};

export type CommandEnv = { database: Database; config: Config; clock: Clock; out: (line: string) => void };
export type CommandArgs = Record<string, string | boolean>;

export const COMMANDS: Record<
  string,
  { help: string; run: (env: CommandEnv, args: CommandArgs) => Promise<number> }
> = {
  migrate: {
    help: 'motcua migrate\n  Apply pending database migrations (also done at every server start).',
    async run({ database, out }) {
      const r = await migrate(database);
      out(
        r.applied.length
          ? `Applied: ${r.applied.join(', ')}`
          : `Database is up to date (${r.total} migrations).`,
      );
      return 0;
    },
  },
  'seed-demo': {
    help: 'motcua seed-demo\n  Create the demo province, communes and accounts (refused when NODE_ENV=production).',
    async run({ database, config, clock, out }) {
      await migrate(database);
      const r = await seedDemo(database, config, clock);
      out(r.seeded ? 'Demo data created.' : 'Demo data already present; nothing changed.');
      out(`Demo password for every account: ${r.password}`);
      for (const c of r.credentials) out(`  ${c.username.padEnd(24)} ${c.role} — ${c.unit}`);
      return 0;
    },
  },
  generate: {
    help:
      'motcua generate --dossiers N [--unit CODE] [--seed N]\n' +
      '  Bulk-load N generated dossiers (two years of history simulated through the state machine and the\n' +
      '  legal-time calendar) for benchmarks, spread over the demo communes unless --unit is given.\n' +
      '  Prints progress and the rate at the end. Refused when NODE_ENV=production.\n' +
      'motcua generate --dossiers N --fast [--per-unit N] [--seed N] [--drop-indexes]\n' +
      '  Benchmark load with PostgreSQL COPY (refused on PGlite): N dossiers over the communes of province 20,\n' +
      '  --per-unit each (default 250,000; bench communes 06101… are created as needed). Rows have\n' +
      "  source = 'bench'; only dossiers of the last 45 days are simulated with steps and events, older ones\n" +
      '  are finished rows without steps or events (docs/decisions/0010). --drop-indexes drops the secondary\n' +
      '  indexes of the dossier tables during the load and rebuilds them after it (benchmark databases only).',
    async run({ database, config, clock, out }, args) {
      if (config.env === 'production')
        return fail(out, 'Không tạo hồ sơ giả lập trên hệ thống vận hành (NODE_ENV=production).');
      const count = Number(args.dossiers);
      if (!Number.isSafeInteger(count) || count < 1)
        return fail(out, 'Cần --dossiers là số nguyên dương (số hồ sơ cần tạo).');
      const seed = args.seed === undefined ? 1 : Number(args.seed);
      if (!Number.isSafeInteger(seed)) return fail(out, '--seed phải là số nguyên.');
      await migrate(database);
      if (args.fast === true || args.mode === 'bulk') {
        const perUnit = args['per-unit'] === undefined ? 250_000 : Number(args['per-unit']);
        if (!Number.isSafeInteger(perUnit) || perUnit < 1)
          return fail(out, '--per-unit phải là số nguyên dương (số hồ sơ mỗi xã).');
        await seedDemo(database, config, clock);
        const started = performance.now();
        let reported = 0;
        try {
          const r = await generateFast(database, {
            count,
            perUnit,
            seed,
            until: clock.now().getTime(),
            dropIndexes: args['drop-indexes'] === true,
            onIndexes: (phase, ms) => out(`  secondary indexes ${phase} (${(ms / 1000).toFixed(1)} s)`),
            onProgress: (done) => {
              if (done - reported >= Math.max(10_000, count / 20) || done === count) {
                reported = done;
                const rate = Math.round(done / ((performance.now() - started) / 1000));
                out(
                  `  ${done.toLocaleString('en-US')} / ${count.toLocaleString('en-US')} dossiers (${rate.toLocaleString('en-US')}/s)`,
                );
              }
            },
          });
          const rate = (ms: number) => Math.round(r.dossiers / (ms / 1000)).toLocaleString('en-US');
          out(
            `Loaded ${r.dossiers.toLocaleString('en-US')} dossiers with COPY into ${r.units.length} communes ` +
              `(${r.simulated.toLocaleString('en-US')} recent ones simulated with ${r.steps.toLocaleString('en-US')} steps ` +
              `and ${r.events.toLocaleString('en-US')} events) in ${(r.loadMs / 1000).toFixed(1)} s: ` +
              `${rate(r.loadMs)} dossiers/s` +
              (r.indexMs
                ? `; with the index rebuild (${(r.indexMs / 1000).toFixed(1)} s) ${(r.ms / 1000).toFixed(1)} s in all, ${rate(r.ms)} dossiers/s.`
                : '.'),
          );
          return 0;
        } catch (e) {
          if (e instanceof HistoryError) return fail(out, e.message);
          throw e;
        }
      }
      let codes: string[];
      if (typeof args.unit === 'string') codes = [args.unit];
      else {
        await seedDemo(database, config, clock);
        codes = DEMO_UNITS.filter((u) => u.kind !== 'province').map((u) => u.code);
      }
      const until = clock.now().getTime();
      const started = performance.now();
      const totals = { dossiers: 0, steps: 0, events: 0 };
      let reported = 0;
      for (const [i, unitCode] of codes.entries()) {
        const share = Math.floor(count / codes.length) + (i < count % codes.length ? 1 : 0);
        if (share === 0) continue;
        const r = await generateHistory(database, {
          unitCode,
          count: share,
          seed: seed + i,
          until,
          batchSize: database.kind === 'postgres' ? 2000 : 500,
          concurrency: 3,
          onProgress: (done) => {
            const all = totals.dossiers + done;
            if (all - reported >= Math.max(1000, count / 20) || all === count) {
              reported = all;
              const rate = Math.round(all / ((performance.now() - started) / 1000));
              out(
                `  ${all.toLocaleString('en-US')} / ${count.toLocaleString('en-US')} dossiers (${rate.toLocaleString('en-US')}/s)`,
              );
            }
          },
        });
        totals.dossiers += r.dossiers;
        totals.steps += r.steps;
        totals.events += r.events;
      }
      const seconds = (performance.now() - started) / 1000;
      const rows = totals.dossiers + totals.steps + totals.events;
      out(
        `Generated ${totals.dossiers.toLocaleString('en-US')} dossiers (${totals.steps.toLocaleString('en-US')} steps, ` +
          `${totals.events.toLocaleString('en-US')} events) in ${seconds.toFixed(1)} s: ` +
          `${Math.round(totals.dossiers / seconds).toLocaleString('en-US')} dossiers/s, ` +
          `${Math.round(rows / seconds).toLocaleString('en-US')} rows/s.`,
      );
      return 0;
    },
  },
  import: { help: IMPORT_HELP, run: runImport },
  'create-admin': {
    help:
      'motcua create-admin --username U [--password P] [--unit CODE] [--full-name NAME]\n' +
      '  Create a system administrator. Without --password, the password is read from standard input.\n' +
      '  --unit defaults to the first province; an official province code that does not exist yet is created.',
    async run({ database, clock, out }, args) {
      const username = String(args.username ?? '')
        .trim()
        .toLowerCase();
      const password = String(args.password ?? '');
      if (!/^[a-z0-9._-]{3,50}$/.test(username))
        return fail(out, 'A valid --username is required (3–50 chars a-z 0-9 . _ -).');
      if (password.length < 10) return fail(out, 'The password must have at least 10 characters.');
      const now = clock.now();
      const { db } = database;
      const [taken] = await db
        .select({ id: accounts.id })
        .from(accounts)
        .where(eq(accounts.username, username));
      if (taken) return fail(out, `Username "${username}" already exists.`);
      let unitCode = typeof args.unit === 'string' ? args.unit : null;
      let [unit] = unitCode
        ? await db.select().from(units).where(eq(units.code, unitCode))
        : await db.select().from(units).where(eq(units.kind, 'province')).orderBy(units.code).limit(1);
      if (!unit) {
        unitCode ??= '01';
        const province = findProvince(unitCode);
        if (!province)
          return fail(out, `Unit ${unitCode} does not exist and is not an official province code.`);
        [unit] = await db
          .insert(units)
          .values({
            code: province.code,
            name: province.fullName,
            kind: 'province',
            validFrom: '2025-07-01',
            createdAt: now,
            updatedAt: now,
          })
          .returning();
      }
      const passwordHash = await hashPassword(password);
      await db.transaction(async (tx) => {
        const [a] = await tx
          .insert(accounts)
          .values({
            kind: 'officer',
            username,
            passwordHash,
            fullName: String(args['full-name'] ?? 'Quản trị hệ thống'),
            unitId: unit!.id,
            roles: ['system_admin'],
            passwordChangedAt: now,
            createdAt: now,
            updatedAt: now,
          })
          .returning({ id: accounts.id });
        await tx
          .insert(officerAssignments)
          .values({ accountId: a!.id, unitId: unit!.id, roles: ['system_admin'], startedAt: now });
        await recordAudit(tx, CLI_CONTEXT, now, {
          action: 'account.created',
          entityType: 'account',
          entityId: a!.id,
          unitId: unit!.id,
          after: { username, roles: ['system_admin'] },
        });
      });
      out(`System administrator "${username}" created at unit ${unit!.code} (${unit!.name}).`);
      return 0;
    },
  },
  'reset-password': {
    help:
      'motcua reset-password --username U [--password P]\n' +
      '  Set a new password, end all sessions and lift any lockout. Without --password it is read from standard input.',
    async run({ database, clock, out }, args) {
      const username = String(args.username ?? '')
        .trim()
        .toLowerCase();
      const password = String(args.password ?? '');
      if (password.length < 10) return fail(out, 'The password must have at least 10 characters.');
      const now = clock.now();
      const passwordHash = await hashPassword(password);
      const done = await database.db.transaction(async (tx) => {
        const [a] = await tx
          .update(accounts)
          .set({ passwordHash, lockedUntil: null, failedLogins: 0, passwordChangedAt: now, updatedAt: now })
          .where(eq(accounts.username, username))
          .returning({ id: accounts.id });
        if (!a) return false;
        await tx.update(sessions).set({ revokedAt: now }).where(eq(sessions.accountId, a.id));
        await tx.delete(loginThrottle).where(eq(loginThrottle.key, `user:${username}`));
        await recordAudit(tx, CLI_CONTEXT, now, {
          action: 'account.password_reset',
          entityType: 'account',
          entityId: a.id,
          unitId: null,
        });
        return true;
      });
      if (!done) return fail(out, `No account "${username}".`);
      out(`Password of "${username}" was reset; all its sessions were ended.`);
      return 0;
    },
  },
};

function fail(out: (line: string) => void, message: string) {
  out(`Error: ${message}`);
  return 1;
}
