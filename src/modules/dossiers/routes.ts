import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { localDate, page } from '../../contract/common.js';
import {
  createDossierBody,
  dossierActionBody,
  dossierDetail,
  dossierIdParam,
  dossierSummary,
  listDossiersQuery,
  publicTracking as publicTrackingSchema,
  queueCounts as queueCountsSchema,
  submitOnlineBody,
  unitQuery,
} from '../../contract/dossiers.js';
import { registerPageQuery, registerQuery, registerRow } from '../../contract/statistical-forms.js';
import { MAX_UPLOAD_BYTES } from '../../domain/files/sniff.js';
import { requireActor } from '../../http/access.js';
import { errors } from '../../http/responses.js';
import type { Deps } from '../../platform/deps.js';
import { forbidden } from '../../platform/errors.js';
import { EXPORT_FORMATS } from '../reports/form-file.js';
import { attachComponentFile, readDossierFile } from './attach-file.js';
import { attachResultFile } from './attach-result-file.js';
import { FORM_CODES, renderDossierForm } from './forms.js';
import { getDossier } from './get-dossier.js';
import { listDossiers } from './list-dossiers.js';
import { listRegister } from './list-register.js';
import { performAction } from './perform-action.js';
import { publicTracking } from './public-tracking.js';
import { queueCounts } from './queue-counts.js';
import { receiveAtCounter } from './receive-at-counter.js';
import { renderRegister } from './register.js';
import { exportRegister } from './register-file.js';
import { submitOnline } from './submit-online.js';

const tags = ['Hồ sơ thủ tục hành chính'];

export async function dossierRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.post(
    '/api/dossiers',
    {
      schema: {
        tags,
        summary: 'Tiếp nhận hồ sơ tại quầy: cấp mã hồ sơ và tính ngày hẹn trả',
        body: createDossierBody,
        response: { 201: dossierDetail, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (req, reply) => {
      const created = await receiveAtCounter(deps, requireActor(req, 'dossiers:receive'), req.body);
      return reply.status(201).send(created);
    },
  );
  r.get(
    '/api/dossiers',
    {
      schema: {
        tags,
        summary: 'Danh sách hồ sơ theo hàng đợi hoặc tìm kiếm (mã, tên không dấu, CCCD), phân trang keyset',
        querystring: listDossiersQuery,
        response: { 200: page(dossierSummary), ...errors(400, 401, 403, 404) },
      },
    },
    async (req) => listDossiers(deps, requireActor(req, 'dossiers:read'), req.query),
  );
  r.get(
    '/api/dossiers/queues',
    {
      schema: {
        tags,
        summary: 'Số hồ sơ trong từng hàng đợi của bàn làm việc',
        querystring: unitQuery,
        response: { 200: queueCountsSchema, ...errors(400, 401, 403, 404) },
      },
    },
    async (req) => queueCounts(deps, requireActor(req, 'dossiers:read'), req.query.unitCode),
  );
  r.get(
    '/api/dossiers/register.pdf',
    {
      schema: {
        tags,
        summary: 'Sổ theo dõi hồ sơ (Mẫu 06) của đơn vị trong khoảng ngày tiếp nhận, PDF khổ A4 ngang',
        querystring: z.object({ unitCode: z.string().optional(), from: localDate, to: localDate }),
        response: { 200: z.any().describe('application/pdf'), ...errors(400, 401, 403, 404) },
      },
    },
    async (req, reply) => {
      const pdf = await renderRegister(deps, requireActor(req, 'dossiers:read'), req.query);
      return reply
        .header('content-type', 'application/pdf')
        .header(
          'content-disposition',
          `inline; filename="so-theo-doi-ho-so-${req.query.from}-${req.query.to}.pdf"`,
        )
        .header('cache-control', 'no-store')
        .send(pdf);
    },
  );
  r.get(
    '/api/dossiers/register',
    {
      schema: {
        tags,
        summary: 'Sổ theo dõi hồ sơ (Mẫu 06): các dòng của sổ theo thứ tự tiếp nhận, phân trang keyset',
        querystring: registerPageQuery,
        response: { 200: page(registerRow), ...errors(400, 401, 403, 404) },
      },
    },
    async (req) => listRegister(deps, requireActor(req, 'dossiers:read'), req.query),
  );
  for (const format of EXPORT_FORMATS) {
    r.get(
      `/api/dossiers/register.${format.extension}`,
      {
        schema: {
          tags,
          summary: `Sổ theo dõi hồ sơ (Mẫu 06) dạng ${format.extension}${format.extension === 'xlsx' ? ' (truyền từng dòng, không giới hạn số hồ sơ)' : ' (tối đa 5.000 hồ sơ)'}`,
          querystring: registerQuery,
          response: { 200: z.any().describe(format.mime), ...errors(400, 401, 403, 404) },
        },
      },
      async (req, reply) => {
        const file = await exportRegister(
          deps,
          requireActor(req, 'dossiers:read'),
          format.extension,
          req.query,
        );
        return reply
          .header('content-type', format.mime)
          .header('content-disposition', `attachment; filename="${file.name}"`)
          .header('cache-control', 'no-store')
          .send(file.content);
      },
    );
  }
  r.get(
    '/api/dossiers/:id',
    {
      schema: {
        tags,
        summary: 'Chi tiết hồ sơ: thành phần, tiến trình từng bước, thao tác được phép',
        params: dossierIdParam,
        response: { 200: dossierDetail, ...errors(401, 403, 404) },
      },
    },
    async (req) => getDossier(deps, requireActor(req, 'dossiers:read'), req.params.id),
  );
  r.post(
    '/api/dossiers/:id/actions',
    {
      schema: {
        tags,
        summary: 'Thực hiện một thao tác xử lý hồ sơ (gửi kèm version; 409 nếu hồ sơ vừa thay đổi)',
        params: dossierIdParam,
        body: dossierActionBody,
        response: { 200: dossierDetail, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (req) => performAction(deps, requireActor(req, 'dossiers:read'), req.params.id, req.body),
  );
  r.get(
    '/api/dossiers/:id/forms/:form',
    {
      schema: {
        tags,
        summary: 'Biểu mẫu PDF của hồ sơ: mau_01.pdf (giấy tiếp nhận) … mau_05.pdf (phiếu kiểm soát)',
        params: dossierIdParam.extend({
          form: z.enum(FORM_CODES.map((f) => `${f}.pdf`) as [string, ...string[]]),
        }),
        response: { 200: z.any().describe('application/pdf'), ...errors(400, 401, 403, 404) },
      },
    },
    async (req, reply) => {
      const ctx = requireActor(req, 'dossiers:read');
      const form = req.params.form.replace(/\.pdf$/, '') as (typeof FORM_CODES)[number];
      const pdf = await renderDossierForm(deps, ctx, req.params.id, form, `${req.protocol}://${req.host}`);
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', `inline; filename="${form}.pdf"`)
        .header('cache-control', 'no-store')
        .send(pdf);
    },
  );
  r.get(
    '/api/public/tracking/:code',
    {
      schema: {
        tags,
        summary: 'Tra cứu tình trạng hồ sơ (không cần đăng nhập; cần mã tra cứu in trên giấy tiếp nhận)',
        params: z.object({ code: z.string().max(40) }),
        querystring: z.object({ k: z.string().min(8).max(40) }),
        response: { 200: publicTrackingSchema, ...errors(400, 404) },
      },
    },
    async (req) => publicTracking(deps, req.params.code, req.query.k),
  );
  // Raw uploads: the body is the file itself; its type is decided by its content (attach-file.ts).
  app.addContentTypeParser(
    ['application/pdf', 'image/jpeg', 'image/png', 'application/octet-stream'],
    { parseAs: 'buffer', bodyLimit: MAX_UPLOAD_BYTES },
    (_req, body, done) => done(null, body),
  );
  r.post(
    '/api/dossiers/:id/components/:code/file',
    {
      bodyLimit: MAX_UPLOAD_BYTES,
      schema: {
        tags,
        summary: 'Đính kèm bản scan một thành phần hồ sơ (PDF, JPG, PNG ≤ 10 MB; nội dung tệp được kiểm tra)',
        params: dossierIdParam.extend({ code: z.string().max(50) }),
        querystring: z.object({ name: z.string().max(255).default('tep-dinh-kem') }),
        response: {
          201: z.object({
            id: z.uuid(),
            name: z.string(),
            mime: z.string(),
            size: z.number(),
            sha256: z.string(),
          }),
          ...errors(400, 401, 403, 404),
        },
      },
    },
    async (req, reply) => {
      const ctx = requireActor(req, 'dossiers:read');
      const file = await attachComponentFile(deps, ctx, {
        dossierId: req.params.id,
        componentCode: req.params.code,
        fileName: req.query.name,
        content: Buffer.isBuffer(req.body) ? req.body : null,
      });
      return reply.status(201).send(file);
    },
  );
  r.post(
    '/api/dossiers/:id/result-file',
    {
      bodyLimit: MAX_UPLOAD_BYTES,
      schema: {
        tags,
        summary: 'Đính kèm văn bản kết quả đã ký (PDF, JPG, PNG ≤ 10 MB) vào hồ sơ đã có kết quả',
        params: dossierIdParam,
        querystring: z.object({ name: z.string().max(255).default('van-ban-ket-qua') }),
        response: {
          201: z.object({
            id: z.uuid(),
            name: z.string(),
            mime: z.string(),
            size: z.number(),
            sha256: z.string(),
          }),
          ...errors(400, 401, 403, 404, 409),
        },
      },
    },
    async (req, reply) => {
      const file = await attachResultFile(deps, requireActor(req, 'dossiers:read'), {
        dossierId: req.params.id,
        fileName: req.query.name,
        content: Buffer.isBuffer(req.body) ? req.body : null,
      });
      return reply.status(201).send(file);
    },
  );
  r.get(
    '/api/dossiers/:id/files/:fileId',
    {
      schema: {
        tags,
        summary: 'Tải tệp đính kèm của hồ sơ',
        params: dossierIdParam.extend({ fileId: z.uuid() }),
        response: { 200: z.any().describe('the file'), ...errors(401, 403, 404) },
      },
    },
    async (req, reply) => {
      const file = await readDossierFile(
        deps,
        requireActor(req, 'dossiers:read'),
        req.params.id,
        req.params.fileId,
      );
      return reply
        .header('content-type', file.mime)
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`)
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, no-store')
        .send(file.content);
    },
  );
  // Citizen portal: a citizen or organisation submits online and follows their own dossiers.
  r.post(
    '/api/portal/dossiers',
    {
      schema: {
        tags,
        summary: 'Công dân, tổ chức nộp hồ sơ trực tuyến (chờ cán bộ tiếp nhận)',
        body: submitOnlineBody,
        response: { 201: dossierDetail, ...errors(400, 401, 403, 404) },
      },
    },
    async (req, reply) => reply.status(201).send(await submitOnline(deps, requireActor(req), req.body)),
  );
  r.get(
    '/api/portal/dossiers',
    {
      schema: {
        tags,
        summary: 'Hồ sơ của chính công dân, tổ chức đang đăng nhập',
        querystring: listDossiersQuery.pick({ cursor: true, limit: true, q: true }),
        response: { 200: page(dossierSummary), ...errors(400, 401, 403) },
      },
    },
    async (req) => {
      const ctx = requireActor(req);
      if (ctx.actor.kind !== 'citizen' && ctx.actor.kind !== 'organisation') throw portalOnly();
      return listDossiers(deps, ctx, { ...req.query, queue: 'all' });
    },
  );
  r.get(
    '/api/portal/dossiers/:id',
    {
      schema: {
        tags,
        summary: 'Chi tiết hồ sơ của chính công dân, tổ chức đang đăng nhập',
        params: dossierIdParam,
        response: { 200: dossierDetail, ...errors(401, 403, 404) },
      },
    },
    async (req) => {
      const ctx = requireActor(req);
      if (ctx.actor.kind !== 'citizen' && ctx.actor.kind !== 'organisation') throw portalOnly();
      return getDossier(deps, ctx, req.params.id);
    },
  );
}

const portalOnly = () => forbidden('Trang này dành cho công dân, tổ chức; cán bộ dùng màn hình Hồ sơ');
