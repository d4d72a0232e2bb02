// HTTP-level test harness: the real app on a real database, driven through fastify.inject.
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { parseConfig } from '../../src/config.js';
import { seedDemo } from '../../src/demo/seed-demo.js';
import { buildApp } from '../../src/http/app.js';
import { fixedClock } from '../../src/platform/clock.js';
import type { Deps } from '../../src/platform/deps.js';
import { createTestDatabase, type TestDatabase } from './database.js';

export const DEMO_PASSWORD = 'MotCua@2026';

export type Harness = {
  app: FastifyInstance;
  deps: Deps;
  clock: ReturnType<typeof fixedClock>;
  testDb: TestDatabase;
  close(): Promise<void>;
};

export async function createHarness(
  opts: { seed?: boolean; now?: string; env?: Record<string, string> } = {},
): Promise<Harness> {
  const testDb = await createTestDatabase();
  const clock = fixedClock(opts.now ?? '2026-03-02T02:00:00.000Z');
  const config = parseConfig({ ...opts.env, NODE_ENV: 'test', LOG_LEVEL: 'silent', DEMO_PASSWORD });
  const deps: Deps = { database: testDb.database, clock, config };
  if (opts.seed !== false) await seedDemo(testDb.database, config, clock);
  const app = await buildApp(deps, { logger: false, webDist: null });
  await app.ready();
  return {
    app,
    deps,
    clock,
    testDb,
    async close() {
      await app.close();
      await testDb.drop();
    },
  };
}

export type Session = { cookie: string; csrf: string; username: string };

export async function login(
  app: FastifyInstance,
  username: string,
  password = DEMO_PASSWORD,
): Promise<Session> {
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
  if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
  const setCookie = res.headers['set-cookie'];
  const raw = Array.isArray(setCookie) ? setCookie[0]! : String(setCookie);
  return { cookie: raw.split(';')[0]!, csrf: res.json().csrfToken, username };
}

export function call(
  app: FastifyInstance,
  session: Session | null,
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
  url: string,
  payload?: unknown,
): Promise<LightMyRequestResponse> {
  const headers: Record<string, string> = {};
  if (session) {
    headers.cookie = session.cookie;
    headers['x-csrf-token'] = session.csrf;
  }
  return app.inject({
    method,
    url,
    headers,
    ...(payload === undefined ? {} : { payload: payload as object }),
  });
}
