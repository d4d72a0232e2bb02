// Feedback and petitions (phản ánh, kiến nghị): anonymous and signed-in submission, the due date on the
// unit calendar, officers of the unit only (another unit's feedback is 404, unchanged), assign, answer
// on time / late and reject with an injected clock, audit events; dossier ratings only by the owner
// after the result is returned; feedbackFigures() and Biểu II.05a/b (JSON, xlsx, docx).
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { feedbackFigures } from '../../src/modules/feedback/feedback-figures.js';
import { fingerprint } from '../support/fingerprint.js';
import { call, createHarness, type Harness, login, type Session } from '../support/harness.js';
import { officeToPdfText } from '../support/office.js';

let h: Harness;
const ids: Record<string, string> = {};
const MONTH = 'from=2026-03-01&to=2026-03-31';
const TABLES = ['feedback_items', 'dossier_ratings'];
const snapshot = () => fingerprint(h.deps.database, TABLES);

const feedback = (over: Record<string, unknown> = {}) => ({
  unitCode: '06001',
  topic: 'regulation',
  title: 'Quy định về giấy tờ chứng thực',
  content: 'Đề nghị bỏ yêu cầu nộp bản sao chứng thực khi đã có dữ liệu dân cư.',
  ...over,
});

async function as(username: string): Promise<Session> {
  return login(h.app, username);
}

async function submitAnonymous(title: string): Promise<string> {
  const res = await call(
    h.app,
    null,
    'POST',
    '/api/public/feedback',
    feedback({ title, senderName: 'Trần Thị Mai', senderPhone: '0912345678' }),
  );
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id;
}

beforeAll(async () => {
  // Mon 02/03/2026 09:00 local.
  h = await createHarness({ now: '2026-03-02T02:00:00.000Z' });
}, 120_000);
afterAll(() => h?.close());

describe('submission', () => {
  it('anonymous: needs a name and a phone or e-mail; the answer is due 15 working days later', async () => {
    const missing = await call(h.app, null, 'POST', '/api/public/feedback', feedback({ senderName: 'Mai' }));
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.code).toBe('FEEDBACK_CONTACT_REQUIRED');
    const unknownUnit = await call(
      h.app,
      null,
      'POST',
      '/api/public/feedback',
      feedback({ unitCode: '99999', senderName: 'Mai', senderPhone: '0912345678' }),
    );
    expect(unknownUnit.statusCode).toBe(404);

    ids.onTime = await submitAnonymous('Trả lời đúng hạn');
    const officer = await as('tamthanh.kiemsoat');
    const f = (await call(h.app, officer, 'GET', `/api/feedback/${ids.onTime}`)).json();
    // 03–06/03, 09–13/03, 16–20/03, 23/03: the 15th working day after Monday 02/03.
    expect(f).toMatchObject({
      state: 'received',
      stateLabel: 'Mới tiếp nhận',
      receivedDate: '2026-03-02',
      dueDate: '2026-03-23',
      senderName: 'Trần Thị Mai',
      senderPhone: '0912345678',
      unitCode: '06001',
      onTime: null,
      overdue: false,
    });
  });

  it('signed in: the citizen’s own dossier may be attached, another person’s may not', async () => {
    h.clock.set('2026-03-02T03:00:00.000Z');
    const citizen = await as('congdan.an');
    const dossier = await call(h.app, citizen, 'POST', '/api/portal/dossiers', {
      unitCode: '06001',
      procedureCode: '2.001035',
      caseCode: 'TH1',
      components: [],
      returnChannel: 'electronic',
    });
    expect(dossier.statusCode, dossier.body).toBe(201);
    ids.dossier = dossier.json().id;
    ids.dossierCode = dossier.json().code;
    const res = await call(
      h.app,
      citizen,
      'POST',
      '/api/portal/feedback',
      feedback({ topic: 'handling', title: 'Hồ sơ chậm', dossierId: ids.dossier }),
    );
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      dossierCode: ids.dossierCode,
      topic: 'handling',
      senderName: 'Hoàng Văn An',
    });
    ids.late = res.json().id;

    const other = await as('congdan.lan');
    const before = await snapshot();
    const foreign = await call(
      h.app,
      other,
      'POST',
      '/api/portal/feedback',
      feedback({ dossierId: ids.dossier }),
    );
    expect(foreign.statusCode).toBe(404);
    expect(await snapshot()).toBe(before);

    const mine = (await call(h.app, citizen, 'GET', '/api/portal/feedback')).json();
    expect(mine.items.map((x: { id: string }) => x.id)).toEqual([ids.late]);
    const officerPost = await call(
      h.app,
      await as('tamthanh.kiemsoat'),
      'POST',
      '/api/portal/feedback',
      feedback(),
    );
    expect(officerPost.statusCode).toBe(403);
  });
});

describe('portal routes', () => {
  it('answer 401 without a session', async () => {
    const dossier = '00000000-0000-4000-8000-000000000000';
    for (const [method, url, body] of [
      ['POST', '/api/portal/feedback', feedback()],
      ['GET', '/api/portal/feedback', undefined],
      ['GET', `/api/portal/dossiers/${dossier}/rating`, undefined],
      ['POST', `/api/portal/dossiers/${dossier}/rating`, { level: 'satisfied' }],
    ] as const) {
      const res = await call(h.app, null, method, url, body);
      expect(res.statusCode, url).toBe(401);
    }
  });
});

describe('handling by the unit', () => {
  it('another unit’s officer gets 404 and changes nothing; a receiving officer has no access', async () => {
    const vanLinh = await as('vanlinh.kiemsoat');
    const receiver = await as('tamthanh.tiepnhan');
    const before = await snapshot();
    expect((await call(h.app, vanLinh, 'GET', `/api/feedback/${ids.onTime}`)).statusCode).toBe(404);
    const answer = await call(h.app, vanLinh, 'POST', `/api/feedback/${ids.onTime}/answer`, { answer: 'x' });
    expect(answer.statusCode).toBe(404);
    expect(await snapshot()).toBe(before);
    const list = (await call(h.app, vanLinh, 'GET', '/api/feedback')).json();
    expect(list.items).toEqual([]);
    expect((await call(h.app, receiver, 'GET', '/api/feedback')).statusCode).toBe(403);
  });

  it('lists newest first with a keyset cursor, filtered by state', async () => {
    const officer = await as('tamthanh.kiemsoat');
    const first = (await call(h.app, officer, 'GET', '/api/feedback?unitCode=06001&limit=1')).json();
    expect(first.items.map((x: { id: string }) => x.id)).toEqual([ids.late]);
    const second = (
      await call(h.app, officer, 'GET', `/api/feedback?unitCode=06001&limit=1&cursor=${first.nextCursor}`)
    ).json();
    expect(second.items.map((x: { id: string }) => x.id)).toEqual([ids.onTime]);
    expect(second.nextCursor).toBeNull();
    const answered = (await call(h.app, officer, 'GET', '/api/feedback?state=answered')).json();
    expect(answered.items).toEqual([]);
  });

  it('assigns, answers on the due date (on time) and later (late); a closed one cannot change', async () => {
    let officer = await as('tamthanh.kiemsoat');
    const assigned = await call(h.app, officer, 'POST', `/api/feedback/${ids.onTime}/assign`, {});
    expect(assigned.statusCode, assigned.body).toBe(200);
    expect(assigned.json()).toMatchObject({ state: 'processing', handlerName: expect.any(String) });
    const otherUnitHandler = (
      await call(h.app, await as('langson.quantri'), 'GET', '/api/users?unitCode=06003')
    )
      .json()
      .items.find((u: { username: string }) => u.username === 'vanlinh.chuyenvien').id;
    const badAssign = await call(h.app, officer, 'POST', `/api/feedback/${ids.late}/assign`, {
      handlerId: otherUnitHandler,
    });
    expect(badAssign.statusCode).toBe(400);

    // Mon 23/03 16:00 local: the due date itself.
    h.clock.set('2026-03-23T09:00:00.000Z');
    officer = await as('tamthanh.kiemsoat');
    const onTime = await call(h.app, officer, 'POST', `/api/feedback/${ids.onTime}/answer`, {
      answer: 'Đơn vị đã tiếp thu và kiến nghị cơ quan có thẩm quyền sửa đổi.',
    });
    expect(onTime.statusCode, onTime.body).toBe(200);
    expect(onTime.json()).toMatchObject({ state: 'answered', onTime: true });
    const again = await call(h.app, officer, 'POST', `/api/feedback/${ids.onTime}/answer`, {
      answer: 'Lần hai',
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('FEEDBACK_STATE');

    // Tue 24/03: one working day past the due date.
    h.clock.set('2026-03-24T02:00:00.000Z');
    officer = await as('tamthanh.kiemsoat');
    const pending = (await call(h.app, officer, 'GET', `/api/feedback/${ids.late}`)).json();
    expect(pending.overdue).toBe(true);
    const late = await call(h.app, officer, 'POST', `/api/feedback/${ids.late}/answer`, {
      answer: 'Trả lời muộn',
    });
    expect(late.json()).toMatchObject({ state: 'answered', onTime: false, overdue: false });
    const citizenView = (await call(h.app, await as('congdan.an'), 'GET', '/api/portal/feedback')).json();
    expect(citizenView.items[0]).toMatchObject({ answer: 'Trả lời muộn', state: 'answered' });

    const events = await h.deps.database.query<{ action: string }>(
      "SELECT action FROM audit_events WHERE entity_type = 'feedback' ORDER BY action",
    );
    expect(events.map((e) => e.action)).toEqual([
      'feedback.answered',
      'feedback.answered',
      'feedback.assigned',
      'feedback.received',
      'feedback.received',
    ]);
  });

  it('rejects outside its competence: on time within 2 working days of receipt', async () => {
    h.clock.set('2026-03-25T02:00:00.000Z'); // Wed 25/03
    ids.rejected = await submitAnonymous('Không thuộc thẩm quyền');
    ids.open = await submitAnonymous('Còn đang xử lý');
    h.clock.set('2026-03-27T08:00:00.000Z'); // Fri 27/03: the 2nd working day after receipt
    const officer = await as('tamthanh.kiemsoat');
    const res = await call(h.app, officer, 'POST', `/api/feedback/${ids.rejected}/reject`, {
      reason: 'Nội dung thuộc thẩm quyền của Sở Tư pháp',
    });
    expect(res.json()).toMatchObject({
      state: 'rejected',
      stateLabel: 'Không thuộc thẩm quyền',
      onTime: true,
    });
  });
});

describe('satisfaction rating', () => {
  it('only the owner, only after the result is returned, only once', async () => {
    const citizen = await as('congdan.an');
    const url = `/api/portal/dossiers/${ids.dossier}/rating`;
    expect((await call(h.app, citizen, 'GET', url)).json()).toEqual({ rating: null, canRate: false });
    const early = await call(h.app, citizen, 'POST', url, { level: 'satisfied' });
    expect(early.statusCode).toBe(400);
    expect(early.json().error.code).toBe('RATING_NOT_RETURNED');

    // Setup shortcut: the result returned on 26/03 (the workflow itself is tested in dossiers.test.ts).
    await h.deps.database.query(
      "UPDATE dossiers SET state = 'returned', national_status = 10, returned_at = $2 WHERE id = $1",
      [ids.dossier, '2026-03-26T03:00:00.000Z'],
    );
    const other = await as('congdan.lan');
    const officer = await as('tamthanh.kiemsoat');
    const before = await snapshot();
    expect((await call(h.app, other, 'POST', url, { level: 'dissatisfied' })).statusCode).toBe(404);
    expect((await call(h.app, other, 'GET', url)).statusCode).toBe(404);
    expect((await call(h.app, officer, 'POST', url, { level: 'satisfied' })).statusCode).toBe(403);
    expect(await snapshot()).toBe(before);

    expect((await call(h.app, citizen, 'GET', url)).json().canRate).toBe(true);
    const rated = await call(h.app, citizen, 'POST', url, {
      level: 'very_satisfied',
      comment: 'Cán bộ nhiệt tình',
    });
    expect(rated.statusCode, rated.body).toBe(201);
    expect(rated.json()).toMatchObject({
      level: 'very_satisfied',
      levelLabel: 'Rất hài lòng',
      dossierCode: ids.dossierCode,
    });
    const twice = await call(h.app, citizen, 'POST', url, { level: 'dissatisfied' });
    expect(twice.statusCode).toBe(409);

    const list = (await call(h.app, officer, 'GET', '/api/feedback/ratings?unitCode=06001')).json();
    expect(list.items).toHaveLength(1);
    expect(list.items[0]).toMatchObject({ comment: 'Cán bộ nhiệt tình', ownerName: 'Hoàng Văn An' });
    const vanLinh = (await call(h.app, await as('vanlinh.kiemsoat'), 'GET', '/api/feedback/ratings')).json();
    expect(vanLinh.items).toEqual([]);
  });
});

describe('figures and Biểu II.05a/b', () => {
  it('feedbackFigures counts received, handled on time, pending and ratings of the period', async () => {
    const [unit] = await h.deps.database.query<{ id: string }>("SELECT id FROM units WHERE code = '06001'");
    const march = await feedbackFigures(h.deps.database, [unit!.id], '2026-03-01', '2026-03-31');
    expect(march).toEqual({
      received: 4,
      handled: 2,
      handledOnTime: 1,
      pending: 1,
      ratings: { total: 1, verySatisfied: 1, satisfied: 0, dissatisfied: 0 },
    });
    // Up to 23/03: the late one is still pending, the on-time one handled; nothing rated yet.
    const early = await feedbackFigures(h.deps.database, [unit!.id], '2026-03-01', '2026-03-23');
    expect(early).toMatchObject({ received: 2, handled: 1, handledOnTime: 1, pending: 1 });
    expect(early.ratings.total).toBe(0);
    const april = await feedbackFigures(h.deps.database, [unit!.id], '2026-04-01', '2026-04-30');
    expect(april).toMatchObject({ received: 0, handled: 0, pending: 1 });
    expect(await feedbackFigures(h.deps.database, [], '2026-03-01', '2026-03-31')).toMatchObject({
      received: 0,
    });
  });

  it('II.05a rows by subject and II.05b rows by unit agree with the figures', async () => {
    const director = await as('tamthanh.giamdoc');
    const a = await call(h.app, director, 'GET', `/api/reports/feedback?unitCode=06001&${MONTH}`);
    expect(a.statusCode, a.body).toBe(200);
    const report = a.json();
    expect(report.rows.map((r: { key: string }) => r.key)).toEqual(['regulation', 'handling']);
    expect(report.total).toEqual({
      receivedTotal: 4,
      receivedNew: 4,
      carriedOver: 0,
      answeredTotal: 2,
      answeredOnTime: 1,
      answeredLate: 1,
      rejected: 1,
      pendingTotal: 1,
      pendingWithinDeadline: 1,
      pendingOverdue: 0,
    });
    expect(report.rows[1]).toMatchObject({ receivedTotal: 1, answeredLate: 1 });
    const april = (
      await call(h.app, director, 'GET', '/api/reports/feedback?unitCode=06001&from=2026-04-01&to=2026-04-30')
    ).json();
    expect(april.total).toMatchObject({ receivedTotal: 1, carriedOver: 1, pendingTotal: 1 });

    const province = await as('langson.theodoi');
    const b = (
      await call(h.app, province, 'GET', `/api/reports/feedback?unitCode=20&form=ii05b&${MONTH}`)
    ).json();
    expect(b.form).toBe('ii05b');
    expect(b.rows.find((r: { key: string }) => r.key === '06001').receivedTotal).toBe(4);
    expect(b.total.receivedTotal).toBe(4);
    expect(
      (await call(h.app, director, 'GET', `/api/reports/feedback?unitCode=06003&${MONTH}`)).statusCode,
    ).toBe(404);
  });

  it('feedbackFigures and Biểu II.05a give the same numbers for any period', async () => {
    const director = await as('tamthanh.giamdoc');
    const [unit] = await h.deps.database.query<{ id: string }>("SELECT id FROM units WHERE code = '06001'");
    for (const [from, to] of [
      ['2026-03-01', '2026-03-31'],
      ['2026-03-02', '2026-03-02'],
      ['2026-03-03', '2026-03-23'],
      ['2026-03-24', '2026-03-27'],
      ['2026-03-28', '2026-04-30'],
    ] as const) {
      const f = await feedbackFigures(h.deps.database, [unit!.id], from, to);
      const r = (
        await call(h.app, director, 'GET', `/api/reports/feedback?unitCode=06001&from=${from}&to=${to}`)
      ).json().total;
      expect([f.received, f.handled, f.handledOnTime, f.pending], `${from} → ${to}`).toEqual([
        r.receivedNew,
        r.answeredTotal,
        r.answeredOnTime,
        r.pendingTotal,
      ]);
    }
  });

  it('xlsx and docx open in LibreOffice with the headings and the figures', async () => {
    const director = await as('tamthanh.giamdoc');
    const xlsx = await call(h.app, director, 'GET', `/api/reports/feedback.xlsx?unitCode=06001&${MONTH}`);
    expect(xlsx.statusCode, xlsx.body).toBe(200);
    expect(xlsx.headers['content-disposition']).toMatch(/bieu-II05a-06001-2026-03-01-2026-03-31\.xlsx/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    const cells: string[] = [];
    ws.eachRow((row) => row.eachCell((c) => cells.push(String(c.value))));
    expect(cells).toContain('Biểu II.05a/VPCP/KSTT');
    expect(cells).toContain('Số phản ánh, kiến nghị đã xử lý');
    const xlsxText = (await officeToPdfText('ii05a.xlsx', xlsx.rawPayload)).join(' ').replace(/\s+/g, ' ');
    for (const s of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'PHẢN ÁNH, KIẾN NGHỊ',
      'Đúng hạn',
      'Tổng cộng',
      'NGƯỜI LẬP BIỂU',
    ])
      expect(xlsxText).toContain(s);

    const docx = await call(
      h.app,
      director,
      'GET',
      `/api/reports/feedback.docx?unitCode=06001&form=ii05a&${MONTH}`,
    );
    expect(docx.statusCode, docx.body).toBe(200);
    const docxText = (await officeToPdfText('ii05a.docx', docx.rawPayload)).join(' ').replace(/\s+/g, ' ');
    for (const s of [
      'Biểu II.05a/VPCP/KSTT',
      'Độc lập - Tự do - Hạnh phúc',
      'Trả lại do không thuộc thẩm quyền',
      'THỦ TRƯỞNG ĐƠN VỊ',
    ])
      expect(docxText).toContain(s);
    // The total row: 4 received, 4 new, 0 carried over, 2 handled, 1 on time, 1 late, 1 returned, 1 pending.
    expect(docxText).toMatch(/Tổng cộng 4 4 0 2 1 1 1 1 1 0/);
  }, 240_000);
});
