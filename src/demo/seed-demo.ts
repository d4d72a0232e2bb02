// Seeds the demo organisation and accounts. Refused in production. Idempotent: does nothing
// when the demo province already exists.
import { eq } from 'drizzle-orm';
import type { Config } from '../config.js';
import type { Database } from '../db/database.js';
import { accounts, counters, departments, officerAssignments, units } from '../db/schema.js';
import { ROLE_LABELS } from '../domain/access/permissions.js';
import { hashPassword } from '../modules/auth/passwords.js';
import { seedCatalog } from '../modules/catalog/seed-catalog.js';
import type { Clock } from '../platform/clock.js';
import {
  COMMUNE_STAFF,
  DEMO_CITIZENS,
  DEMO_COUNTERS,
  DEMO_DEPARTMENTS,
  DEMO_ORGANISATIONS,
  DEMO_UNITS,
  FAMILY,
  GIVEN,
  MIDDLE,
  PROVINCE_STAFF,
} from './demo-data.js';

export type DemoCredential = { username: string; role: string; unit: string };
export type SeedResult = { seeded: boolean; credentials: DemoCredential[]; password: string };

export class DemoRefusedError extends Error {}

export async function seedDemo(database: Database, config: Config, clock: Clock): Promise<SeedResult> {
  if (config.env === 'production') {
    throw new DemoRefusedError('Không tạo dữ liệu mẫu khi NODE_ENV=production (refused in production).');
  }
  const { db } = database;
  const [existing] = await db.select({ id: units.id }).from(units).where(eq(units.code, DEMO_UNITS[0]!.code));
  const credentials = demoCredentials();
  if (existing) return { seeded: false, credentials, password: config.demoPassword };

  const now = clock.now();
  const passwordHash = await hashPassword(config.demoPassword);
  let n = 0;
  const personName = () => {
    n++;
    return `${FAMILY[n % FAMILY.length]} ${MIDDLE[(n * 3) % MIDDLE.length]} ${GIVEN[(n * 7) % GIVEN.length]}`;
  };
  await db.transaction(async (tx) => {
    await seedCatalog(tx);
    const ids = new Map<string, string>();
    for (const u of DEMO_UNITS) {
      const [row] = await tx
        .insert(units)
        .values({
          code: u.code,
          name: u.name,
          kind: u.kind,
          parentId: u.parentCode ? ids.get(u.parentCode)! : null,
          validFrom: '2025-07-01',
          centerName: `Trung tâm Phục vụ hành chính công ${u.kind === 'province' ? u.name.replace(/^Tỉnh /, 'tỉnh ') : u.name.replace(/^(Phường|Xã) /, (m) => m.toLowerCase())}`,
          createdAt: now,
          updatedAt: now,
        })
        .returning({ id: units.id });
      ids.set(u.code, row!.id);
    }
    const officer = async (
      username: string,
      unitId: string,
      role: keyof typeof ROLE_LABELS,
      departmentId: string | null,
    ) => {
      const [a] = await tx
        .insert(accounts)
        .values({
          kind: 'officer',
          username,
          passwordHash,
          fullName: personName(),
          unitId,
          departmentId,
          roles: [role],
          passwordChangedAt: now,
          createdAt: now,
          updatedAt: now,
        })
        .returning({ id: accounts.id });
      await tx
        .insert(officerAssignments)
        .values({ accountId: a!.id, unitId, departmentId, roles: [role], startedAt: now });
    };
    await officer('admin', ids.get('20')!, 'system_admin', null);
    for (const u of DEMO_UNITS) {
      const unitId = ids.get(u.code)!;
      if (u.kind === 'province') {
        for (const [suffix, role] of PROVINCE_STAFF) await officer(`${u.slug}.${suffix}`, unitId, role, null);
        continue;
      }
      const deptIds = new Map<string, string>();
      for (const d of DEMO_DEPARTMENTS) {
        const [row] = await tx
          .insert(departments)
          .values({ unitId, ...d, createdAt: now })
          .returning({ id: departments.id });
        deptIds.set(d.code, row!.id);
      }
      for (const c of DEMO_COUNTERS) await tx.insert(counters).values({ unitId, ...c, createdAt: now });
      for (const [suffix, role, dept] of COMMUNE_STAFF) {
        await officer(`${u.slug}.${suffix}`, unitId, role, dept ? deptIds.get(dept)! : null);
      }
    }
    for (const c of DEMO_CITIZENS) {
      await tx
        .insert(accounts)
        .values({ kind: 'citizen', passwordHash, ...c, createdAt: now, updatedAt: now });
    }
    for (const o of DEMO_ORGANISATIONS) {
      await tx
        .insert(accounts)
        .values({ kind: 'organisation', passwordHash, ...o, createdAt: now, updatedAt: now });
    }
  });
  return { seeded: true, credentials, password: config.demoPassword };
}

export function demoCredentials(): DemoCredential[] {
  const list: DemoCredential[] = [
    { username: 'admin', role: ROLE_LABELS.system_admin, unit: 'Tỉnh Lạng Sơn' },
  ];
  for (const u of DEMO_UNITS) {
    if (u.kind === 'province') {
      for (const [s, role] of PROVINCE_STAFF)
        list.push({ username: `${u.slug}.${s}`, role: ROLE_LABELS[role], unit: u.name });
    } else {
      for (const [s, role] of COMMUNE_STAFF)
        list.push({ username: `${u.slug}.${s}`, role: ROLE_LABELS[role], unit: u.name });
    }
  }
  for (const c of DEMO_CITIZENS) list.push({ username: c.username, role: 'Công dân', unit: '—' });
  for (const o of DEMO_ORGANISATIONS)
    list.push({ username: o.username, role: 'Tổ chức, doanh nghiệp', unit: '—' });
  return list;
}
