// Legal time over HTTP: due dates on a unit's calendar, administrator entries with audit and scope,
// office hours per unit and the pause policy.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeDueDate, createWorkingCalendar } from '../../src/domain/calendar/index.js';
import { fingerprint } from '../support/fingerprint.js';
import { call, createHarness, type Harness, login, type Session } from '../support/harness.js';

let h: Harness;
let admin: Session;
let tamThanhAdmin: Session;
let receiver: Session;
beforeAll(async () => {
  h = await createHarness();
  admin = await login(h.app, 'admin');
  tamThanhAdmin = await login(h.app, 'tamthanh.quantri');
  receiver = await login(h.app, 'tamthanh.tiepnhan');
}, 120_000);
afterAll(() => h?.close());

const localDay = (iso: string) => new Date(Date.parse(iso) + 7 * 3600_000).toISOString().slice(0, 10);
const due = (
  s: Session,
  unit: string,
  receivedAt: string,
  amount: number,
  durationUnit: string,
  extra = '',
) =>
  call(
    h.app,
    s,
    'GET',
    `/api/calendar/due-date?unitCode=${unit}&receivedAt=${encodeURIComponent(receivedAt)}&amount=${amount}&durationUnit=${durationUnit}${extra}`,
  );

describe('GET /api/calendar/due-date', () => {
  it('counts working days across Tết 2026: 3 days from Thu 12/2 10:00 fall on Tue 24/2', async () => {
    const res = await due(receiver, '06001', '2026-02-12T10:00:00+07:00', 3, 'working_days');
    expect(res.statusCode).toBe(200);
    expect(localDay(res.json().dueAt)).toBe('2026-02-24');
    expect(res.json().explanation.join('\n')).toMatch(/Tết/);
  });

  it('counts the swapped Saturday 10/1/2026 as a working day', async () => {
    const res = await due(receiver, '06001', '2026-01-09T10:00:00+07:00', 1, 'working_days');
    expect(localDay(res.json().dueAt)).toBe('2026-01-10');
  });

  it('crosses New Year 2026: 2 working days from Wed 31/12/2025 fall on Tue 6/1/2026', async () => {
    const res = await due(receiver, '06001', '2025-12-31T10:00:00+07:00', 2, 'working_days');
    expect(localDay(res.json().dueAt)).toBe('2026-01-06');
  });

  it('starts counting on the next working day after the 15:00 cut-off', async () => {
    const before = (await due(receiver, '06001', '2026-03-03T14:00:00+07:00', 1, 'working_days')).json();
    const after = (await due(receiver, '06001', '2026-03-03T16:00:00+07:00', 1, 'working_days')).json();
    expect(localDay(before.dueAt)).toBe('2026-03-04');
    expect(localDay(after.countingStartsAt)).toBe('2026-03-04');
    expect(localDay(after.dueAt)).toBe('2026-03-05');
    const noCutoff = (
      await due(receiver, '06001', '2026-03-03T16:00:00+07:00', 1, 'working_days', '&cutoff=17:00')
    ).json();
    expect(localDay(noCutoff.dueAt)).toBe('2026-03-04');
  });

  it('rejects what a user can type wrong with a Vietnamese message, never a 500', async () => {
    const cases: [string, string][] = [
      [
        `/api/calendar/due-date?unitCode=06001&receivedAt=hôm-nay&amount=1&durationUnit=working_days`,
        'VALIDATION_FAILED',
      ],
      [
        `/api/calendar/due-date?unitCode=06001&receivedAt=2026-03-03T10:00:00Z&amount=-1&durationUnit=working_days`,
        'VALIDATION_FAILED',
      ],
      [
        `/api/calendar/due-date?unitCode=06001&receivedAt=2026-03-03T10:00:00Z&amount=1.5&durationUnit=working_days`,
        'DURATION_INVALID',
      ],
      [
        `/api/calendar/due-date?unitCode=06001&receivedAt=2026-03-03T10:00:00Z&amount=1&durationUnit=tuần`,
        'VALIDATION_FAILED',
      ],
      [
        `/api/calendar/due-date?unitCode=06001&receivedAt=2026-03-03T10:00:00Z&amount=1&durationUnit=working_days&cutoff=25:00`,
        'VALIDATION_FAILED',
      ],
      [
        `/api/calendar/due-date?unitCode=06001&receivedAt=1900-03-03T10:00:00Z&amount=1&durationUnit=working_days`,
        'RECEIVED_AT_OUT_OF_RANGE',
      ],
      [`/api/calendar/days?unitCode=06001&from=2026-02-30&to=2026-03-10`, 'VALIDATION_FAILED'],
      [`/api/calendar/days?unitCode=06001&from=2026-03-10&to=2026-03-01`, 'DATE_RANGE_INVALID'],
      [`/api/calendar/days?unitCode=06001&from=2026-01-01&to=2027-12-31`, 'DATE_RANGE_TOO_LONG'],
    ];
    for (const [url, code] of cases) {
      const res = await call(h.app, receiver, 'GET', url);
      expect(res.statusCode, url).toBe(400);
      expect(res.json().error.code, url).toBe(code);
      expect(res.json().error.message, url).toMatch(/[à-ỹ]/);
    }
  });
});

describe('GET /api/calendar/days and /entries', () => {
  it('shows Tết 2026 off with its built-in official entry and the swapped Saturday as working', async () => {
    const res = await call(
      h.app,
      receiver,
      'GET',
      '/api/calendar/days?unitCode=06001&from=2026-01-01&to=2026-02-28',
    );
    expect(res.statusCode).toBe(200);
    const days = new Map(res.json().days.map((d: { date: string }) => [d.date, d]));
    expect(days.size).toBe(59);
    const tet = days.get('2026-02-17') as {
      working: boolean;
      entries: { source: string; provisional: boolean }[];
    };
    expect(tet.working).toBe(false);
    expect(tet.entries[0]).toMatchObject({ source: 'builtin', provisional: false });
    expect((days.get('2026-01-10') as { working: boolean }).working).toBe(true);
    expect((days.get('2026-01-11') as { working: boolean }).working).toBe(false);
    expect((days.get('2026-01-02') as { working: boolean }).working).toBe(false);
  });

  it('lists provisional, lunar-computed holidays for a year without an official notice', async () => {
    const res = await call(h.app, receiver, 'GET', '/api/calendar/entries?year=2030&unitCode=06001');
    const tet = res.json().items.filter((e: { name: string }) => /Tết/.test(e.name));
    expect(tet.length).toBeGreaterThan(0);
    expect(
      tet.every((e: { provisional: boolean; source: string }) => e.provisional && e.source === 'builtin'),
    ).toBe(true);
    // Vietnamese Tết 2030 is Saturday 2/2 (the Chinese calendar says 3/2).
    expect(tet.map((e: { date: string }) => e.date)).toContain('2030-02-02');
  });
});

describe('administrator calendar entries', () => {
  it("a unit's extra day off moves that unit's due dates only, and is audited", async () => {
    const create = await call(h.app, tamThanhAdmin, 'POST', '/api/calendar/entries', {
      date: '2026-03-09',
      kind: 'swap_off',
      name: 'Nghỉ hoán đổi theo quyết định của UBND phường',
      legalDocument: 'Quyết định 12/QĐ-UBND ngày 01/03/2026',
      unitCode: '06001',
    });
    expect(create.statusCode).toBe(201);
    expect(create.json()).toMatchObject({ source: 'admin', unitCode: '06001', provisional: false });
    const id = create.json().id;

    const own = (await due(tamThanhAdmin, '06001', '2026-03-06T09:00:00+07:00', 1, 'working_days')).json();
    const other = (await due(admin, '06002', '2026-03-06T09:00:00+07:00', 1, 'working_days')).json();
    expect(localDay(own.dueAt)).toBe('2026-03-10');
    expect(localDay(other.dueAt)).toBe('2026-03-09');

    const [event] = await h.deps.database.query<{ action: string; after: { date: string } }>(
      "SELECT action, after FROM audit_events WHERE entity_id = $1 AND action = 'calendar_entry.created'",
      [id],
    );
    expect(event?.after.date).toBe('2026-03-09');

    const dup = await call(h.app, tamThanhAdmin, 'POST', '/api/calendar/entries', {
      date: '2026-03-09',
      kind: 'holiday',
      name: 'Trùng ngày',
      legalDocument: 'Không có',
      unitCode: '06001',
    });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.code).toBe('CALENDAR_ENTRY_EXISTS');
    expect(dup.json().error.message).toContain('09/03/2026');

    const moved = await call(h.app, tamThanhAdmin, 'PATCH', `/api/calendar/entries/${id}`, {
      date: '2026-03-10',
    });
    expect(moved.statusCode).toBe(200);
    const afterMove = (
      await due(tamThanhAdmin, '06001', '2026-03-06T09:00:00+07:00', 1, 'working_days')
    ).json();
    expect(localDay(afterMove.dueAt)).toBe('2026-03-09');

    const del = await call(h.app, tamThanhAdmin, 'DELETE', `/api/calendar/entries/${id}`);
    expect(del.statusCode).toBe(204);
    const actions = await h.deps.database.query<{ action: string }>(
      'SELECT action FROM audit_events WHERE entity_id = $1 ORDER BY id',
      [id],
    );
    expect(actions.map((a) => a.action)).toEqual([
      'calendar_entry.created',
      'calendar_entry.updated',
      'calendar_entry.deleted',
    ]);
    const restored = (
      await due(tamThanhAdmin, '06001', '2026-03-06T09:00:00+07:00', 1, 'working_days')
    ).json();
    expect(localDay(restored.dueAt)).toBe('2026-03-09');
  });

  it('only a system administrator changes the national calendar', async () => {
    const body = {
      date: '2030-02-01',
      kind: 'holiday',
      name: 'Tết Nguyên đán 2030 (chính thức)',
      legalDocument: 'Thông báo của Bộ Nội vụ',
      unitCode: null,
    };
    const before = await fingerprint(h.deps.database);
    const denied = await call(h.app, tamThanhAdmin, 'POST', '/api/calendar/entries', body);
    expect(denied.statusCode).toBe(403);
    expect(denied.json().error.message).toMatch(/quản trị hệ thống/);
    expect(await fingerprint(h.deps.database)).toBe(before);

    const ok = await call(h.app, admin, 'POST', '/api/calendar/entries', body);
    expect(ok.statusCode).toBe(201);
    const patch = await call(h.app, tamThanhAdmin, 'PATCH', `/api/calendar/entries/${ok.json().id}`, {
      name: 'Sửa',
    });
    expect(patch.statusCode).toBe(403);
    const list = await call(h.app, receiver, 'GET', '/api/calendar/entries?year=2030&unitCode=06001');
    const onDate = list.json().items.filter((e: { date: string }) => e.date === '2030-02-01');
    expect(onDate.map((e: { source: string }) => e.source)).toContain('admin');
  });

  it('rejects an entry whose fields are invalid, writing nothing', async () => {
    const before = await fingerprint(h.deps.database);
    for (const body of [
      { date: '2026-13-01', kind: 'holiday', name: 'Sai ngày', legalDocument: 'QĐ 1', unitCode: '06001' },
      { date: '2026-03-20', kind: 'nghỉ', name: 'Sai loại', legalDocument: 'QĐ 1', unitCode: '06001' },
      { date: '2026-03-20', kind: 'holiday', name: '', legalDocument: 'QĐ 1', unitCode: '06001' },
      { date: '2300-03-20', kind: 'holiday', name: 'Quá xa', legalDocument: 'QĐ 1', unitCode: '06001' },
    ]) {
      const res = await call(h.app, tamThanhAdmin, 'POST', '/api/calendar/entries', body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
    }
    expect(await fingerprint(h.deps.database)).toBe(before);
  });
});

describe('office hours and the pause policy', () => {
  it('working-hour deadlines follow the unit’s configured office hours', async () => {
    const bad = await call(h.app, tamThanhAdmin, 'PATCH', '/api/units/06001', {
      officeHours: {
        sessions: [
          { start: '08:00', end: '12:00' },
          { start: '11:00', end: '17:00' },
        ],
      },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('OFFICE_HOURS_INVALID');

    const sessions = [
      { start: '08:00', end: '12:00' },
      { start: '13:00', end: '17:00' },
    ];
    const defaultDue = (await due(receiver, '06001', '2026-03-03T08:00:00+07:00', 5, 'working_hours')).json();
    const set = await call(h.app, tamThanhAdmin, 'PATCH', '/api/units/06001', { officeHours: { sessions } });
    expect(set.statusCode).toBe(200);
    expect(set.json().officeHours).toEqual({ sessions });
    const newDue = (await due(receiver, '06001', '2026-03-03T08:00:00+07:00', 5, 'working_hours')).json();
    const expected = computeDueDate(createWorkingCalendar({ officeHours: { sessions } }), {
      receivedAt: Date.parse('2026-03-03T08:00:00+07:00'),
      amount: 5,
      unit: 'working_hours',
    });
    expect(newDue.dueAt).toBe(new Date(expected.dueAt).toISOString());
    expect(newDue.dueAt).not.toBe(defaultDue.dueAt);
    await call(h.app, tamThanhAdmin, 'PATCH', '/api/units/06001', { officeHours: null });
  });

  it('a unit switches the resume semantics from a future date, never retroactively', async () => {
    const past = await call(h.app, tamThanhAdmin, 'POST', '/api/calendar/policies', {
      unitCode: '06001',
      effectiveFrom: '2026-01-01',
      resumeSemantics: 'add_paused_time',
      legalDocument: 'Quyết định 5/QĐ-UBND',
    });
    expect(past.statusCode).toBe(400);
    expect(past.json().error.code).toBe('POLICY_RETROACTIVE');
    const body = {
      unitCode: '06001',
      effectiveFrom: '2026-04-01',
      resumeSemantics: 'add_paused_time',
      legalDocument: 'Quyết định 5/QĐ-UBND',
    };
    expect((await call(h.app, tamThanhAdmin, 'POST', '/api/calendar/policies', body)).statusCode).toBe(201);
    expect((await call(h.app, tamThanhAdmin, 'POST', '/api/calendar/policies', body)).statusCode).toBe(409);
    const list = await call(h.app, receiver, 'GET', '/api/calendar/policies?unitCode=06001');
    expect(list.json().items).toMatchObject([
      { effectiveFrom: '2026-04-01', resumeSemantics: 'add_paused_time' },
    ]);
  });
});
