// `npm run standin`: starts the stand-ins of external systems on loopback for local runs and manual
// testing (never in production). Each entry: a name, the port variable, and how to start it.
// Switches are set over HTTP, e.g. curl -XPOST localhost:4010/__control -d '{"fail":true}'.
import { startPopulationStandin } from './population.js';
import { startPortalStandin } from './portal.js';

type Started = { url: string; close(): Promise<void> };
type StandinEntry = {
  name: string;
  portVar: string;
  port: number;
  start(port: number, host: string): Promise<Started>;
};

const env = process.env;

const STANDINS: StandinEntry[] = [
  {
    name: 'Cổng DVCQG — API đồng bộ hồ sơ (NATIONAL_PORTAL_URL)',
    portVar: 'STANDIN_PORTAL_PORT',
    port: 4010,
    start: (port, host) => startPortalStandin({ port, host, secret: env.NATIONAL_PORTAL_SECRET }),
  },
  // Switches: POST /__control {"mode": "ok" | "fail" | "slow" | "drop", "delayMs": 10000}.
  {
    name: 'CSDL quốc gia về dân cư — tra cứu công dân (POPULATION_DB_URL)',
    portVar: 'STANDIN_POPULATION_PORT',
    port: 4011,
    start: (port, host) => startPopulationStandin({ port, host, token: env.POPULATION_DB_TOKEN }),
  },
];

async function main() {
  const host = env.STANDIN_HOST ?? '127.0.0.1';
  const running: Started[] = [];
  for (const s of STANDINS) {
    const port = Number(env[s.portVar] ?? s.port);
    const started = await s.start(port, host);
    running.push(started);
    console.log(`${s.name}: ${started.url}`);
  }
  const stop = async () => {
    for (const r of running) await r.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
