// Boots the whole system: database (PostgreSQL or embedded), migrations, demo data, HTTP
// server, and in embedded mode the admin socket used by the CLI.

import type { Server } from 'node:net';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { startAdminSocket } from './cli/admin-socket.js';
import type { Config } from './config.js';
import { type Database, openDatabase } from './db/database.js';
import { migrate } from './db/migrate.js';
import { units } from './db/schema.js';
import { type SeedResult, seedDemo } from './demo/seed-demo.js';
import { buildApp } from './http/app.js';
import { startJobs } from './jobs/scheduler.js';
import { startDemoHistory } from './modules/demo/start-demo-history.js';
import type { Clock } from './platform/clock.js';

export type RunningServer = {
  app: FastifyInstance;
  database: Database;
  url: string;
  demo: SeedResult | null;
  close(): Promise<void>;
};

export async function startServer(
  config: Config,
  clock: Clock,
  opts: { webDist: string | null },
): Promise<RunningServer> {
  const database = await openDatabase(
    config.databaseUrl
      ? { kind: 'postgres', url: config.databaseUrl }
      : { kind: 'pglite', dataDir: config.dataDir, now: clock.now() },
  );
  let admin: Server | null = null;
  let app: FastifyInstance | null = null;
  try {
    await migrate(database);
    let demo: SeedResult | null = null;
    if (config.demoSeed === 'auto' && config.env !== 'production') {
      const [any] = await database.db.select({ id: units.id }).from(units).limit(1);
      if (!any) demo = await seedDemo(database, config, clock);
    }
    app = await buildApp({ database, clock, config }, { webDist: opts.webDist });
    await app.listen({ port: config.port, host: config.host });
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    const url = `http://${config.host === '0.0.0.0' ? '127.0.0.1' : config.host}:${port}`;
    if (database.lock) {
      const socketPath = path.join(config.dataDir, 'motcua.sock');
      admin = await startAdminSocket(socketPath, { database, config, clock });
      database.lock.setAdminSocket(socketPath);
    }
    const running = app;
    const stopJobs = startJobs({ database, clock, config }, (msg, err) => running.log.error({ err }, msg));
    // Demo history in the background: the server already answers; never in tests or production.
    const history =
      config.demoHistory === 'auto' && config.env === 'development'
        ? startDemoHistory({ database, clock, config }, running.log)
        : null;
    return {
      app: running,
      database,
      url,
      demo,
      async close() {
        await history?.stop();
        stopJobs();
        admin?.close();
        await running.close();
        await database.close();
      },
    };
  } catch (e) {
    admin?.close();
    await app?.close().catch(() => {});
    await database.close().catch(() => {});
    throw e;
  }
}
