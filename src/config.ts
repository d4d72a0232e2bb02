// Configuration is parsed once at boot from the environment. A bad value stops the
// process with a clear message naming the variable (see README "Configuration").
import path from 'node:path';
import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  DATA_DIR: z.string().min(1).default('./data'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  TRUST_PROXY: bool.default(false),
  COOKIE_SECURE: z.enum(['auto', 'true', 'false']).default('auto'),
  SESSION_TTL_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(12),
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).max(100).default(5),
  LOGIN_LOCK_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(15),
  DEMO_SEED: z.enum(['auto', 'off']).default('auto'),
  DEMO_PASSWORD: z.string().min(10).default('MotCua@2026'),
  DEMO_HISTORY: z
    .enum(['auto', 'off'], {
      error: 'phải là "auto" (tạo lịch sử hồ sơ mẫu khi khởi động) hoặc "off" (không tạo)',
    })
    .default('auto'),
  NATIONAL_PORTAL_URL: z
    .string()
    .regex(/^https?:\/\/[^\s]+$/, 'phải là địa chỉ http:// hoặc https:// của API đồng bộ Cổng DVCQG')
    .optional(),
  NATIONAL_PORTAL_SECRET: z.string().min(8, 'khoá bí mật quá ngắn (tối thiểu 8 ký tự)').optional(),
  NATIONAL_PORTAL_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
  OUTBOX_RETENTION_DAYS: z.coerce.number().int().min(7).max(3650).default(90),
  POPULATION_DB_URL: z
    .string()
    .regex(
      /^https?:\/\/[^\s]+$/,
      'phải là địa chỉ http:// hoặc https:// của dịch vụ tra cứu CSDL quốc gia về dân cư',
    )
    .optional(),
  POPULATION_DB_TOKEN: z.string().min(8, 'mã truy cập quá ngắn (tối thiểu 8 ký tự)').optional(),
  POPULATION_DB_INTEGRATION_CODE: z.string().min(1).max(100).default('MOTCUA'),
  POPULATION_DB_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(50).max(60_000).default(3_000),
  POPULATION_DB_TIMEOUT_MS: z.coerce.number().int().min(50).max(120_000).default(8_000),
  POPULATION_DB_BREAKER_FAILURES: z.coerce.number().int().min(1).max(100).default(5),
  POPULATION_DB_BREAKER_COOLDOWN_SECONDS: z.coerce.number().int().min(1).max(3_600).default(30),
});

export type Config = {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  databaseUrl: string | null;
  dataDir: string;
  logLevel: z.infer<typeof schema>['LOG_LEVEL'];
  trustProxy: boolean;
  cookieSecure: 'auto' | 'true' | 'false';
  sessionTtlMs: number;
  loginMaxFailures: number;
  loginLockMs: number;
  demoSeed: 'auto' | 'off';
  demoPassword: string;
  /** Background generation of two years of demo dossier history at start (never in tests). */
  demoHistory: 'auto' | 'off';
  /** Outbound sync to the national portal (ADR 0012); null when not configured (nothing is sent). */
  nationalPortal: { url: string; secret: string; timeoutMs: number } | null;
  /** Delivered outbox rows older than this are removed (their count per dossier kept). */
  outboxRetentionMs: number;
  /** National population database lookup at intake (ADR 0013); null when not configured. */
  population: PopulationConfig | null;
};

export type PopulationConfig = {
  url: string;
  token: string;
  integrationCode: string;
  connectTimeoutMs: number;
  timeoutMs: number;
  breakerFailures: number;
  breakerCoolDownMs: number;
};

export class ConfigError extends Error {}

export function parseConfig(env: Record<string, string | undefined>): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = schema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration (environment variables):\n${lines.join('\n')}`);
  }
  const c = parsed.data;
  if (c.NATIONAL_PORTAL_URL && !c.NATIONAL_PORTAL_SECRET) {
    throw new ConfigError(
      'Invalid configuration (environment variables):\n  NATIONAL_PORTAL_SECRET: cần khoá bí mật khi đã đặt NATIONAL_PORTAL_URL',
    );
  }
  if (c.POPULATION_DB_URL && !c.POPULATION_DB_TOKEN) {
    throw new ConfigError(
      'Invalid configuration (environment variables):\n  POPULATION_DB_TOKEN: cần mã truy cập khi đã đặt POPULATION_DB_URL',
    );
  }
  return {
    env: c.NODE_ENV,
    port: c.PORT,
    host: c.HOST,
    databaseUrl: c.DATABASE_URL ?? null,
    dataDir: path.resolve(c.DATA_DIR),
    logLevel: c.LOG_LEVEL,
    trustProxy: c.TRUST_PROXY,
    cookieSecure: c.COOKIE_SECURE,
    sessionTtlMs: c.SESSION_TTL_HOURS * 3600_000,
    loginMaxFailures: c.LOGIN_MAX_FAILURES,
    loginLockMs: c.LOGIN_LOCK_MINUTES * 60_000,
    demoSeed: c.DEMO_SEED,
    demoPassword: c.DEMO_PASSWORD,
    demoHistory: c.DEMO_HISTORY,
    nationalPortal:
      c.NATIONAL_PORTAL_URL && c.NATIONAL_PORTAL_SECRET
        ? {
            url: c.NATIONAL_PORTAL_URL.replace(/\/+$/, ''),
            secret: c.NATIONAL_PORTAL_SECRET,
            timeoutMs: c.NATIONAL_PORTAL_TIMEOUT_MS,
          }
        : null,
    outboxRetentionMs: c.OUTBOX_RETENTION_DAYS * 86_400_000,
    population:
      c.POPULATION_DB_URL && c.POPULATION_DB_TOKEN
        ? {
            url: c.POPULATION_DB_URL,
            token: c.POPULATION_DB_TOKEN,
            integrationCode: c.POPULATION_DB_INTEGRATION_CODE,
            connectTimeoutMs: c.POPULATION_DB_CONNECT_TIMEOUT_MS,
            timeoutMs: c.POPULATION_DB_TIMEOUT_MS,
            breakerFailures: c.POPULATION_DB_BREAKER_FAILURES,
            breakerCoolDownMs: c.POPULATION_DB_BREAKER_COOLDOWN_SECONDS * 1000,
          }
        : null,
  };
}
