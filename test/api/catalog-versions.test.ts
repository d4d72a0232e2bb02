// Publishing a new version of a procedure with a changed process: in force from the chosen day only,
// dossiers received before keep their process, never retroactive, validated in Vietnamese with nothing
// written when refused, and only a system administrator may publish.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fingerprint } from '../support/fingerprint.js';
import { call, createHarness, type Harness, login, type Session } from '../support/harness.js';

type Step = {
  code: string;
  name: string;
  kind: string;
  role: string | null;
  agencyCode: string | null;
  allotted: { amount: number; unit: string };
};
type VersionItem = {
  version: number;
  effectiveFrom: string;
  effectiveTo: string | null;
  status: string;
  cases: { code: string; process: Step[] }[];
};

// Cấp Giấy xác nhận tình trạng hôn nhân: 3 working days, its steps use all 24 hours.
const CODE = '1.004873';
const NOW = '2026-03-02T02:00:00.000Z'; // Monday 09:00 in Vietnam
const TODAY = '2026-03-02';
const TOMORROW = '2026-03-03';

let h: Harness;
let admin: Session;
let receiver: Session;
let unitAdmin: Session;
beforeAll(async () => {
  h = await createHarness({ now: NOW });
  admin = await login(h.app, 'admin');
  receiver = await login(h.app, 'tamthanh.tiepnhan');
  unitAdmin = await login(h.app, 'tamthanh.quantri');
}, 120_000);
afterAll(() => h?.close());

async function versions(code = CODE): Promise<{ today: string; items: VersionItem[] }> {
  const res = await call(h.app, receiver, 'GET', `/api/procedures/${code}/versions`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

/** The latest process with a legal review step added after appraisal (appraisal shortened to make room). */
function withReviewStep(process: Step[]): Step[] {
  const out: Step[] = [];
  for (const s of process) {
    if (s.kind === 'appraise') {
      out.push({ ...s, allotted: { amount: 4, unit: 'working_hours' } });
      out.push({
        code: 'KTPL',
        name: 'Kiểm tra pháp lý',
        kind: 'appraise',
        role: 'department_head',
        agencyCode: null,
        allotted: { amount: 4, unit: 'working_hours' },
      });
    } else out.push(s);
  }
  return out;
}

async function receiveDossier(): Promise<string> {
  const proc = (await call(h.app, receiver, 'GET', `/api/procedures/${CODE}`)).json();
  const res = await call(h.app, receiver, 'POST', '/api/dossiers', {
    unitCode: '06001',
    procedureCode: CODE,
    caseCode: 'TH1',
    owner: { kind: 'citizen', fullName: 'Trần Thị Hoa', idNumber: '020190007788' },
    components: proc.components.map((c: { code: string }) => ({ code: c.code, quantity: 1, provided: true })),
    feePayment: 'exempt',
    returnChannel: 'counter',
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id;
}

async function storedProcess(dossierId: string): Promise<string[]> {
  const [row] = await h.deps.database.query<{ process: { steps: { name: string }[] } }>(
    'SELECT process FROM dossiers WHERE id = $1',
    [dossierId],
  );
  return row!.process.steps.map((s) => s.name);
}

describe('publishing a procedure version', () => {
  it('lists every version with its dates and status', async () => {
    const list = await versions('1.001612');
    expect(list.today).toBe(TODAY);
    expect(list.items.map((v) => [v.version, v.effectiveFrom, v.effectiveTo, v.status])).toEqual([
      [2, '2026-01-01', null, 'in_force'],
      [1, '2025-07-01', '2026-01-01', 'superseded'],
    ]);
    const missing = await call(h.app, receiver, 'GET', '/api/procedures/9.999999/versions');
    expect(missing.statusCode).toBe(404);
  });

  it('refuses a retroactive date, writing nothing', async () => {
    const latest = (await versions()).items[0]!;
    const before = await fingerprint(h.deps.database, ['procedures', 'dossiers']);
    const res = await call(h.app, admin, 'POST', `/api/procedures/${CODE}/versions`, {
      effectiveFrom: '2026-03-01',
      cases: [{ code: 'TH1', process: latest.cases[0]!.process }],
    });
    expect(res.statusCode).toBe(400);
    const error = res.json().error;
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.details[0].path).toEqual(['effectiveFrom']);
    expect(error.details[0].message).toMatch(/hồi tố/);
    expect(await fingerprint(h.deps.database, ['procedures', 'dossiers'])).toBe(before);
  });

  it('refuses a process whose steps exceed the case duration, in Vietnamese with the path, writing nothing', async () => {
    const latest = (await versions()).items[0]!;
    const process = [...latest.cases[0]!.process];
    process.splice(2, 0, {
      code: 'THEM',
      name: 'Bước thêm',
      kind: 'appraise',
      role: 'processing_officer',
      agencyCode: null,
      allotted: { amount: 1, unit: 'working_days' },
    });
    const before = await fingerprint(h.deps.database, ['procedures', 'dossiers']);
    const res = await call(h.app, admin, 'POST', `/api/procedures/${CODE}/versions`, {
      effectiveFrom: TOMORROW,
      cases: [{ code: 'TH1', process }],
    });
    expect(res.statusCode).toBe(400);
    const error = res.json().error;
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.message).toMatch(/chưa hợp lệ/);
    const exceed = error.details.find((d: { code: string }) => d.code === 'STEPS_EXCEED_DURATION');
    expect(exceed.path).toEqual(['cases', '0', 'durations', 'counter']);
    expect(exceed.message).toBe(
      'Tổng thời gian các bước (32 giờ làm việc) vượt thời hạn giải quyết 3 ngày làm việc (24 giờ làm việc)',
    );
    expect(await fingerprint(h.deps.database, ['procedures', 'dossiers'])).toBe(before);
  });

  it('lets only a system administrator publish (403 for a unit administrator and a receiving officer)', async () => {
    const latest = (await versions()).items[0]!;
    const body = { effectiveFrom: TOMORROW, cases: [{ code: 'TH1', process: latest.cases[0]!.process }] };
    const before = await fingerprint(h.deps.database, ['procedures']);
    for (const who of [unitAdmin, receiver]) {
      const res = await call(h.app, who, 'POST', `/api/procedures/${CODE}/versions`, body);
      expect(res.statusCode).toBe(403);
      expect(res.json().error.message).toMatch(/quyền/);
    }
    expect(await fingerprint(h.deps.database, ['procedures'])).toBe(before);
  });

  it('publishes a changed process for tomorrow: today keeps the old one, a received dossier keeps its steps', async () => {
    const dossierId = await receiveDossier();
    const oldSteps = await storedProcess(dossierId);
    const latest = (await versions()).items[0]!;
    const process = withReviewStep(latest.cases[0]!.process);

    const res = await call(h.app, admin, 'POST', `/api/procedures/${CODE}/versions`, {
      effectiveFrom: TOMORROW,
      cases: [{ code: 'TH1', process }],
    });
    expect(res.statusCode, res.body).toBe(201);
    const created = res.json();
    expect(created).toMatchObject({
      version: latest.version + 1,
      effectiveFrom: TOMORROW,
      effectiveTo: null,
      status: 'scheduled',
    });
    expect(created.cases[0].process.map((s: Step) => s.name)).toContain('Kiểm tra pháp lý');

    const list = await versions();
    expect(list.items.map((v) => [v.version, v.effectiveFrom, v.effectiveTo, v.status])).toEqual([
      [latest.version + 1, TOMORROW, null, 'scheduled'],
      [latest.version, latest.effectiveFrom, TOMORROW, 'in_force'],
    ]);
    const [audit] = await h.deps.database.query<{ actor_name: string; after: { version: number } }>(
      "SELECT actor_name, after FROM audit_events WHERE action = 'catalog.version_published'",
    );
    expect(audit?.after.version).toBe(latest.version + 1);

    // Today the old version is in force; a second scheduled version is refused.
    const today = (await call(h.app, receiver, 'GET', `/api/procedures/${CODE}`)).json();
    expect(today.version).toBe(latest.version);
    expect(today.cases[0].process.map((s: Step) => s.name)).not.toContain('Kiểm tra pháp lý');
    const again = await call(h.app, admin, 'POST', `/api/procedures/${CODE}/versions`, {
      effectiveFrom: '2026-03-10',
      cases: [{ code: 'TH1', process }],
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('VERSION_ALREADY_SCHEDULED');

    // Tomorrow the new version is in force; the dossier received before keeps its own process.
    h.clock.set('2026-03-03T02:00:00.000Z');
    receiver = await login(h.app, 'tamthanh.tiepnhan'); // yesterday's session has expired
    try {
      const tomorrow = (await call(h.app, receiver, 'GET', `/api/procedures/${CODE}`)).json();
      expect(tomorrow.version).toBe(latest.version + 1);
      expect(tomorrow.cases[0].process.map((s: Step) => s.name)).toContain('Kiểm tra pháp lý');
      expect(await storedProcess(dossierId)).toEqual(oldSteps);
      expect(oldSteps).not.toContain('Kiểm tra pháp lý');
      const dossier = (await call(h.app, receiver, 'GET', `/api/dossiers/${dossierId}`)).json();
      expect(dossier.steps.map((s: { stepName: string }) => s.stepName)).not.toContain('Kiểm tra pháp lý');
      const fresh = await receiveDossier();
      expect(await storedProcess(fresh)).toContain('Kiểm tra pháp lý');
      expect((await versions()).items.map((v) => v.status)).toEqual(['in_force', 'superseded']);
    } finally {
      h.clock.set(NOW);
      receiver = await login(h.app, 'tamthanh.tiepnhan');
    }
  });

  it('refuses an unknown case and an unknown role with their paths', async () => {
    const latest = (await versions('2.000950')).items[0]!;
    const process = latest.cases[0]!.process.map((s, i) => (i === 1 ? { ...s, role: 'tham_phan' } : s));
    const bad = await call(h.app, admin, 'POST', '/api/procedures/2.000950/versions', {
      effectiveFrom: TOMORROW,
      cases: [{ code: 'TH9', process: latest.cases[0]!.process }],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0]).toMatchObject({ path: ['cases', '0', 'code'], code: 'UNKNOWN_CASE' });
    const role = await call(h.app, admin, 'POST', '/api/procedures/2.000950/versions', {
      effectiveFrom: TOMORROW,
      cases: [{ code: 'TH1', process }],
    });
    expect(role.statusCode).toBe(400);
    expect(role.json().error.details[0].path).toEqual(['cases', '0', 'process', '1', 'role']);
  });
});
