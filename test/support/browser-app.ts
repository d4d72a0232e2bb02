// One browser-test app: the built server bundle as a child process on a fresh data directory (and,
// when TEST_DATABASE_URL is set, a fresh PostgreSQL database), plus Debian's Chromium.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser.js';
import { createTestDatabase, usingPostgres } from './database.js';
import { buildBundles, type ServerProcess, startServerProcess, stopProcess } from './process.js';

export type BrowserApp = {
  server: ServerProcess;
  browser: Browser;
  dataDir: string;
  /** Closes the browser, stops the server, drops the database and removes the data directory. */
  close(): Promise<void>;
};

export async function startBrowserApp(options: {
  /** Prefix of the temporary data directory, e.g. 'motcua-reports-'. */
  tmpPrefix: string;
  /** DEMO_PASSWORD for the demo accounts. */
  password: string;
  /** Keep the server's default demo history (DEMO_HISTORY is 'off' otherwise). */
  demoHistory?: boolean;
  /** Extra server environment, e.g. stand-in URLs. */
  env?: Record<string, string>;
}): Promise<BrowserApp> {
  await buildBundles({ web: true });
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), options.tmpPrefix));
  const env: Record<string, string> = {
    DATA_DIR: dataDir,
    DEMO_PASSWORD: options.password,
    ...(options.demoHistory ? {} : { DEMO_HISTORY: 'off' }),
    ...options.env,
  };
  let server: ServerProcess | undefined;
  let browser: Awaited<ReturnType<typeof launchBrowser>> | undefined;
  let dropDb: (() => Promise<void>) | null = null;
  const close = async () => {
    await browser?.close();
    if (server) await stopProcess(server.child);
    await dropDb?.();
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    if (usingPostgres()) {
      const db = await createTestDatabase({ migrate: false });
      await db.database.close();
      env.DATABASE_URL = db.url!;
      dropDb = () => db.drop();
    }
    server = await startServerProcess(env);
    browser = await launchBrowser();
  } catch (err) {
    await close();
    throw err;
  }
  return { server, browser: browser.browser, dataDir, close };
}
