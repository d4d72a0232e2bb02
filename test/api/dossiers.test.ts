// One dossier through its lifecycle over HTTP, with the legal due date, per-step history, audit,
// outbox, printed receipt, optimistic concurrency, and scope.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expireSupplements } from '../../src/modules/dossiers/expire-supplements.js';
import { call, createHarness, type Harness, login, type Session } from '../support/harness.js';
import { allText, compact, inspectPdf } from '../support/pdf-inspect.js';

let h: Harness;
const s: Record<string, Session> = {};
let ids: Record<string, string> = {};
beforeAll(async () => {
  // Tue 03/03/2026 09:00 in Vietnam.
  h = await createHarness({ now: '2026-03-03T02:00:00.000Z' });
  for (const u of ['tiepnhan', 'truongphong', 'chuyenvien', 'lanhdao', 'vanthu'])
    s[u] = await login(h.app, `tamthanh.${u}`);
  s.other = await login(h.app, 'vanlinh.tiepnhan');
  const users = (
    await call(h.app, await login(h.app, 'tamthanh.quantri'), 'GET', '/api/users?unitCode=06001&limit=200')
  ).json().items;
  ids = Object.fromEntries(
    users.map((u: { username: string; id: string }) => [u.username.split('.')[1], u.id]),
  );
}, 120_000);
afterAll(() => h?.close());

async function loginAll() {
  for (const u of ['tiepnhan', 'truongphong', 'chuyenvien', 'lanhdao', 'vanthu'])
    s[u] = await login(h.app, `tamthanh.${u}`);
  s.other = await login(h.app, 'vanlinh.tiepnhan');
}

const intake = (overrides: Record<string, unknown> = {}) => ({
  unitCode: '06001',
  procedureCode: '1.004884',
  caseCode: 'TH1',
  owner: { kind: 'citizen', fullName: 'Nguyễn Thị Hằng', idNumber: '020190001234', phone: '0912345678' },
  components: [],
  feePayment: 'now',
  returnChannel: 'counter',
  ...overrides,
});

async function withComponents(body: ReturnType<typeof intake>) {
  const proc = (await call(h.app, s.tiepnhan!, 'GET', `/api/procedures/${body.procedureCode}`)).json();
  return {
    ...body,
    components: proc.components.map((c: { code: string; quantity: number }) => ({
      code: c.code,
      quantity: c.quantity,
      provided: true,
    })),
  };
}

const act = (who: string, id: string, body: Record<string, unknown>) =>
  call(h.app, s[who]!, 'POST', `/api/dossiers/${id}/actions`, body);

describe('dossier lifecycle', () => {
  it('walks intake → assignment → appraisal → supplement → approval → result → return', async () => {
    const created = await call(h.app, s.tiepnhan!, 'POST', '/api/dossiers', await withComponents(intake()));
    expect(created.statusCode, created.body).toBe(201);
    let d = created.json();
    expect(d.code).toMatch(/^06001-260303-0001$/);
    expect(d.state).toBe('received');
    expect(d.nationalStatus).toBe(2);
    // 5 working days from Tue 03/03 09:00: counting starts the next day; due Tue 10/03.
    expect(new Date(Date.parse(d.dueAt) + 7 * 3600_000).toISOString().slice(0, 10)).toBe('2026-03-10');
    expect(d.feeTotal).toBe(5000);
    expect(d.allowedActions.map((a: { action: string }) => a.action)).toContain('forward');

    d = (await act('tiepnhan', d.id, { action: 'forward', version: d.version })).json();
    expect(d.state).toBe('processing');
    expect(d.stepName).toMatch(/hân công/);
    const forwardAgain = await act('chuyenvien', d.id, { action: 'forward', version: d.version });
    expect(forwardAgain.statusCode).toBe(403);

    d = (
      await act('truongphong', d.id, { action: 'forward', version: d.version, assigneeId: ids.chuyenvien })
    ).json();
    expect(d.assigneeName).not.toBeNull();

    const supplement = await act('chuyenvien', d.id, {
      action: 'request_supplement',
      version: d.version,
      reason: 'Bổ sung bản sao giấy tờ tùy thân của người yêu cầu',
      citizenDueDate: '2026-03-20',
    });
    expect(supplement.statusCode, supplement.body).toBe(200);
    d = supplement.json();
    expect(d.state).toBe('supplement_requested');
    expect(d.nationalStatus).toBe(5);
    expect(d.pausedAt).not.toBeNull();
    const twice = await act('chuyenvien', d.id, {
      action: 'request_supplement',
      version: d.version,
      reason: 'Lần hai',
      citizenDueDate: '2026-03-21',
    });
    expect(twice.statusCode).toBe(409);

    h.clock.set('2026-03-05T02:00:00.000Z');
    await loginAll();
    d = (await act('tiepnhan', d.id, { action: 'receive_supplement', version: d.version })).json();
    expect(d.state).toBe('processing');
    expect(d.pausedAt).toBeNull();
    // Restart semantics (the legal default): 5 working days counted again from Thu 05/03 09:00.
    expect(new Date(Date.parse(d.dueAt) + 7 * 3600_000).toISOString().slice(0, 10)).toBe('2026-03-12');
    expect(d.originalDueAt).not.toBe(d.dueAt);

    d = (
      await act('chuyenvien', d.id, { action: 'forward', version: d.version, assigneeId: ids.lanhdao })
    ).json();
    d = (
      await act('lanhdao', d.id, { action: 'forward', version: d.version, assigneeId: ids.vanthu })
    ).json();
    const result = await act('vanthu', d.id, {
      action: 'record_result',
      version: d.version,
      number: '15/2026/TLKS',
      signer: 'Trần Văn Bình',
      signedOn: '2026-03-05',
    });
    expect(result.statusCode, result.body).toBe(200);
    d = result.json();
    expect(d.state).toBe('resolved');
    expect(d.nationalStatus).toBe(9);
    expect(d.deadlineStatus).toBe('early');

    // The signed result document is attached and served back from the recorded result.
    const signed = Buffer.from('%PDF-1.4\n% Trích lục khai sinh đã ký\n%%EOF\n');
    const attached = await h.app.inject({
      method: 'POST',
      url: `/api/dossiers/${d.id}/result-file?name=${encodeURIComponent('Trích lục khai sinh.pdf')}`,
      headers: {
        cookie: s.vanthu!.cookie,
        'x-csrf-token': s.vanthu!.csrf,
        'content-type': 'application/pdf',
      },
      payload: signed,
    });
    expect(attached.statusCode, attached.body).toBe(201);
    d = (await call(h.app, s.tiepnhan!, 'GET', `/api/dossiers/${d.id}`)).json();
    expect(d.result).toMatchObject({ number: '15/2026/TLKS', fileId: attached.json().id });
    const back = await call(h.app, s.tiepnhan!, 'GET', `/api/dossiers/${d.id}/files/${d.result.fileId}`);
    expect(back.rawPayload.equals(signed)).toBe(true);

    d = (
      await act('tiepnhan', d.id, { action: 'return_result', version: d.version, channel: 'counter' })
    ).json();
    expect(d.state).toBe('returned');
    expect(d.nationalStatus).toBe(10);
    // receive, assign, appraise, approve, issue: one history row each (returning is an action, not a step).
    expect(d.steps.map((x: { role: string }) => x.role)).toEqual([
      'receiving_officer',
      'department_head',
      'processing_officer',
      'signing_leader',
      'clerk',
    ]);
    expect(d.steps.every((x: { closedAt: string | null }) => x.closedAt !== null)).toBe(true);
    expect(d.events.map((e: { action: string }) => e.action)).toEqual([
      'receive_at_counter',
      'forward',
      'forward',
      'request_supplement',
      'receive_supplement',
      'forward',
      'forward',
      'record_result',
      'attach_result_file',
      'return_result',
    ]);

    const audit = await h.deps.database.query<{ action: string }>(
      "SELECT action FROM audit_events WHERE entity_id = $1 AND entity_type = 'dossier' ORDER BY id",
      [d.id],
    );
    expect(audit).toHaveLength(10);
    // Every change of the national copy: status changes, step moves and the result document (ADR 0012).
    const outbox = await h.deps.database.query<{ payload: { nationalStatus: number; action: string } }>(
      "SELECT payload FROM outbox WHERE aggregate_id = $1 AND topic = 'dvcqg.dossier_sync' ORDER BY id",
      [d.id],
    );
    expect(outbox.map((o) => `${o.payload.action}:${o.payload.nationalStatus}`)).toEqual([
      'receive_at_counter:2',
      'forward:4',
      'forward:4',
      'request_supplement:5',
      'receive_supplement:4',
      'forward:4',
      'forward:4',
      'record_result:9',
      'attach_result_file:9',
      'return_result:10',
    ]);
  });

  it('prints the receipt (Mẫu 01) as a PDF and lets the citizen track with the printed key', async () => {
    const d = (
      await call(h.app, s.tiepnhan!, 'POST', '/api/dossiers', await withComponents(intake()))
    ).json();
    const pdf = await call(h.app, s.tiepnhan!, 'GET', `/api/dossiers/${d.id}/forms/mau_01.pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const [, query] = d.trackingUrl.split('?');
    const tracked = await h.app.inject({ method: 'GET', url: `/api/public/tracking/${d.code}?${query}` });
    expect(tracked.statusCode).toBe(200);
    expect(tracked.json()).toMatchObject({
      code: d.code,
      ownerName: 'N. T. Hằng',
      stateLabel: expect.any(String),
    });
    const wrongKey = await h.app.inject({
      method: 'GET',
      url: `/api/public/tracking/${d.code}?k=AAAAAAAAAAAAAAAA`,
    });
    expect(wrongKey.statusCode).toBe(404);
  });

  it('prints the tracking register (Mẫu 06) of the dossiers received in a period', async () => {
    const res = await call(
      h.app,
      s.tiepnhan!,
      'GET',
      '/api/dossiers/register.pdf?from=2026-03-01&to=2026-03-31',
    );
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    // Narrow register columns wrap the code and names: compare without whitespace.
    const text = compact(allText(await inspectPdf(res.rawPayload)));
    expect(text).toContain(compact('06001-260303-0001'));
    expect(text).toContain(compact('Nguyễn Thị Hằng'));
    const bad = await call(
      h.app,
      s.tiepnhan!,
      'GET',
      '/api/dossiers/register.pdf?from=2026-03-31&to=2026-03-01',
    );
    expect(bad.json().error.code).toBe('DATE_RANGE_INVALID');
  });

  it('gives exactly one success and one 409 to two conflicting actions on one dossier', async () => {
    const d = (
      await call(h.app, s.tiepnhan!, 'POST', '/api/dossiers', await withComponents(intake()))
    ).json();
    const [a, b] = await Promise.all([
      act('tiepnhan', d.id, { action: 'forward', version: d.version }),
      act('tiepnhan', d.id, { action: 'withdraw', version: d.version, reason: 'Công dân đề nghị rút hồ sơ' }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    const loser = a.statusCode === 409 ? a : b;
    expect(loser.json().error.code).toBe('DOSSIER_CHANGED');
  });

  it('refuses intake with missing required components, an invalid CCCD, or an unknown case — writing nothing', async () => {
    const before = await h.deps.database.query<{ n: string }>('SELECT count(*) AS n FROM dossiers');
    const missing = await call(h.app, s.tiepnhan!, 'POST', '/api/dossiers', intake());
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.code).toBe('COMPONENTS_MISSING');
    const badId = await call(
      h.app,
      s.tiepnhan!,
      'POST',
      '/api/dossiers',
      await withComponents(intake({ owner: { kind: 'citizen', fullName: 'Lê Văn Tám', idNumber: '12345' } })),
    );
    expect(badId.statusCode).toBe(400);
    expect(badId.json().error.message).toMatch(/12 chữ số|CCCD|định danh/);
    const badCase = await call(
      h.app,
      s.tiepnhan!,
      'POST',
      '/api/dossiers',
      await withComponents(intake({ caseCode: 'TH9' })),
    );
    expect(badCase.json().error.code).toBe('CASE_UNKNOWN');
    const after = await h.deps.database.query<{ n: string }>('SELECT count(*) AS n FROM dossiers');
    expect(after[0]!.n).toBe(before[0]!.n);
  });

  it('finds dossiers by owner name without diacritics, by CCCD and by code; never another unit’s', async () => {
    const d = (
      await call(
        h.app,
        s.tiepnhan!,
        'POST',
        '/api/dossiers',
        await withComponents(
          intake({ owner: { kind: 'citizen', fullName: 'Phạm Đức Anh', idNumber: '020095001111' } }),
        ),
      )
    ).json();
    for (const q of ['pham duc anh', 'duc anh', 'Phạm Đức', '020095001111', d.code]) {
      const res = await call(h.app, s.tiepnhan!, 'GET', `/api/dossiers?q=${encodeURIComponent(q)}`);
      expect(res.statusCode).toBe(200);
      expect(
        res.json().items.map((x: { id: string }) => x.id),
        q,
      ).toContain(d.id);
    }
    const other = await call(h.app, s.other!, 'GET', `/api/dossiers?q=${encodeURIComponent('pham duc anh')}`);
    expect(other.json().items).toEqual([]);
    expect((await call(h.app, s.other!, 'GET', `/api/dossiers/${d.id}`)).statusCode).toBe(404);
    const counts = (await call(h.app, s.tiepnhan!, 'GET', '/api/dossiers/queues')).json();
    expect(counts.unitCode).toBe('06001');
    expect(counts.queues.find((q: { queue: string }) => q.queue === 'to_process').count).toBeGreaterThan(0);
  });

  it('pages a queue with keyset cursors without repeating or skipping', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const url: string = `/api/dossiers?queue=all&limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
      const res = (await call(h.app, s.tiepnhan!, 'GET', url)).json();
      seen.push(...res.items.map((x: { id: string }) => x.id));
      cursor = res.nextCursor;
    } while (cursor);
    const all = await h.deps.database.query<{ id: string }>(
      "SELECT d.id FROM dossiers d JOIN units u ON u.id = d.unit_id WHERE u.code = '06001'",
    );
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.sort()).toEqual(all.map((r) => r.id).sort());
  });

  it('refuses a dossier automatically when the citizen’s supplement deadline passes', async () => {
    h.clock.set('2026-03-10T02:00:00.000Z');
    await loginAll();
    let d = (await call(h.app, s.tiepnhan!, 'POST', '/api/dossiers', await withComponents(intake()))).json();
    d = (await act('tiepnhan', d.id, { action: 'forward', version: d.version })).json();
    d = (
      await act('truongphong', d.id, { action: 'forward', version: d.version, assigneeId: ids.chuyenvien })
    ).json();
    d = (
      await act('chuyenvien', d.id, {
        action: 'request_supplement',
        version: d.version,
        reason: 'Bổ sung giấy tờ chứng minh nơi cư trú',
        citizenDueDate: '2026-03-12',
      })
    ).json();
    expect(await expireSupplements(h.deps)).toBe(0);
    h.clock.set('2026-03-13T02:00:00.000Z');
    expect(await expireSupplements(h.deps)).toBe(1);
    await loginAll();
    const after = (await call(h.app, s.tiepnhan!, 'GET', `/api/dossiers/${d.id}`)).json();
    expect(after.state).toBe('refused');
    expect(after.outcome).toBe('refused');
    // Processing ended when the clock stopped (the pause start), as DVCQG measures it.
    expect(after.finishedAt).toBe(d.pausedAt);
    expect(after.events.at(-1)).toMatchObject({ action: 'supplement_expired', actorName: 'Hệ thống' });
    const refusal = await call(h.app, s.tiepnhan!, 'GET', `/api/dossiers/${d.id}/forms/mau_03.pdf`);
    expect(refusal.statusCode).toBe(200);
    expect(await expireSupplements(h.deps)).toBe(0);
  });

  it('attaches a scanned component checked by content, serves it back in scope only', async () => {
    await loginAll();
    const d = (
      await call(h.app, s.tiepnhan!, 'POST', '/api/dossiers', await withComponents(intake()))
    ).json();
    const code = d.components[0].code;
    const upload = (body: Buffer, type: string, who = s.tiepnhan!) =>
      h.app.inject({
        method: 'POST',
        url: `/api/dossiers/${d.id}/components/${code}/file?name=${encodeURIComponent('Tờ khai đăng ký.pdf')}`,
        headers: { cookie: who.cookie, 'x-csrf-token': who.csrf, 'content-type': type },
        payload: body,
      });
    const fake = await upload(Buffer.from('<html><script>alert(1)</script></html>'), 'application/pdf');
    expect(fake.statusCode).toBe(400);
    expect(fake.json().error.code).toBe('FILE_TYPE_NOT_ALLOWED');
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');
    const ok = await upload(pdf, 'application/octet-stream');
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json()).toMatchObject({
      mime: 'application/pdf',
      size: pdf.length,
      name: 'Tờ khai đăng ký.pdf',
    });
    const detail = (await call(h.app, s.tiepnhan!, 'GET', `/api/dossiers/${d.id}`)).json();
    expect(detail.components[0].fileId).toBe(ok.json().id);
    const back = await call(h.app, s.tiepnhan!, 'GET', `/api/dossiers/${d.id}/files/${ok.json().id}`);
    expect(back.statusCode).toBe(200);
    expect(back.rawPayload.equals(pdf)).toBe(true);
    expect(back.headers['content-type']).toBe('application/pdf');
    expect(
      (await call(h.app, s.other!, 'GET', `/api/dossiers/${d.id}/files/${ok.json().id}`)).statusCode,
    ).toBe(404);
    expect((await upload(pdf, 'application/pdf', s.other!)).statusCode).toBe(404);
  });

  it('transfers a non-territorial dossier to the competent unit, keeping the legal receipt and due date', async () => {
    await loginAll();
    const d = (
      await call(h.app, s.tiepnhan!, 'POST', '/api/dossiers', await withComponents(intake()))
    ).json();
    const moved = await act('tiepnhan', d.id, {
      action: 'transfer_non_territorial',
      version: d.version,
      targetUnitCode: '06003',
    });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json().state).toBe('transferred');
    const found = (
      await call(h.app, s.other!, 'GET', `/api/dossiers?q=${encodeURIComponent('Nguyễn Thị Hằng')}`)
    ).json().items;
    const there = found.find((x: { code: string }) => x.code.startsWith('06003-'));
    expect(there).toBeDefined();
    const detail = (await call(h.app, s.other!, 'GET', `/api/dossiers/${there.id}`)).json();
    expect(detail).toMatchObject({
      state: 'received',
      receivedAt: d.receivedAt,
      dueAt: d.dueAt,
      unitCode: '06003',
    });
    expect(detail.events[0].note).toContain(d.code);
    expect(detail.components.length).toBe(d.components.length);
    // The competent unit's receiving officer carries on; the first unit can no longer act.
    const next = await act('other', there.id, { action: 'forward', version: detail.version });
    expect(next.statusCode, next.body).toBe(200);
    expect(
      (await act('tiepnhan', d.id, { action: 'forward', version: moved.json().version })).statusCode,
    ).toBe(409);
  });

  // Last: moves the processing officer to another ward.
  it('hands an officer’s open dossiers to the successor when the officer is transferred', async () => {
    await loginAll();
    let d = (await call(h.app, s.tiepnhan!, 'POST', '/api/dossiers', await withComponents(intake()))).json();
    d = (await act('tiepnhan', d.id, { action: 'forward', version: d.version })).json();
    d = (
      await act('truongphong', d.id, { action: 'forward', version: d.version, assigneeId: ids.chuyenvien })
    ).json();
    const province = await login(h.app, 'langson.quantri');
    const refused = await call(h.app, province, 'POST', `/api/users/${ids.chuyenvien}/transfer`, {
      unitCode: '06002',
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('OPEN_WORK_NEEDS_SUCCESSOR');
    const moved = await call(h.app, province, 'POST', `/api/users/${ids.chuyenvien}/transfer`, {
      unitCode: '06002',
      successorUserId: ids.truongphong,
    });
    expect(moved.statusCode, moved.body).toBe(200);
    const after = (await call(h.app, s.truongphong!, 'GET', `/api/dossiers/${d.id}`)).json();
    expect(after.assigneeName).not.toBe(d.assigneeName);
    expect(after.version).toBe(d.version + 1);
    expect(after.events.at(-1)).toMatchObject({
      action: 'reassign',
      note: 'Bàn giao hồ sơ do luân chuyển cán bộ',
    });
    const [row] = await h.deps.database.query<{ assignee_id: string }>(
      'SELECT assignee_id FROM dossiers WHERE id = $1',
      [d.id],
    );
    expect(row!.assignee_id).toBe(ids.truongphong);
    // The successor can now act on it.
    const next = await act('truongphong', d.id, {
      action: 'forward',
      version: after.version,
      assigneeId: ids.lanhdao,
    });
    expect(next.statusCode, next.body).toBe(200);
  });
});
