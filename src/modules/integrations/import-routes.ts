// Routes of the file import: upload (raw body, streamed to disk), job progress, error report, and the
// column mapping saved per source. Permission: tokens:manage, as for registering a source.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  columnMapping,
  importErrorsQuery,
  importJob,
  importJobParams,
  importUploadQuery,
  MAX_IMPORT_BYTES,
  sourceMapping,
} from '../../contract/file-import.js';
import { requireActor } from '../../http/access.js';
import { errors } from '../../http/responses.js';
import type { Deps } from '../../platform/deps.js';
import { errorReportCsv, errorReportXlsx, getImportJob, importErrors } from './import-job.js';
import { getSourceMapping, saveSourceMapping } from './import-mapping.js';
import { uploadImport } from './upload-import.js';

const tags = ['Tích hợp hệ thống nguồn'];
export const IMPORT_CONTENT_TYPES = [
  'text/csv',
  'application/vnd.ms-excel',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
];
const sourceParams = z.object({ code: z.string().max(40) });

export async function importRoutes(app: FastifyInstance, deps: Deps) {
  // The body stays a stream: the use case writes it to disk, checking the size as it arrives.
  app.addContentTypeParser(IMPORT_CONTENT_TYPES, (_req, payload, done) => done(null, payload));
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.post(
    '/api/integrations/sources/:code/imports',
    {
      bodyLimit: MAX_IMPORT_BYTES,
      schema: {
        tags,
        summary:
          'Nhập hồ sơ từ tệp CSV hoặc Excel (.xlsx) xuất từ hệ thống khác; tiến độ theo dõi qua mã lần nhập',
        params: sourceParams,
        querystring: importUploadQuery,
        response: { 202: importJob, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (req, reply) => {
      const ctx = requireActor(req, 'tokens:manage');
      const { job } = await uploadImport(deps, ctx, {
        sourceCode: req.params.code,
        fileName: req.query.name,
        mappingText: req.query.mapping,
        body: req.body,
      });
      return reply.status(202).send(job);
    },
  );
  r.get(
    '/api/integrations/imports/:id',
    {
      schema: {
        tags,
        summary: 'Tiến độ và kết quả một lần nhập hồ sơ từ tệp',
        params: importJobParams,
        response: { 200: importJob, ...errors(401, 403, 404) },
      },
    },
    async (req) => getImportJob(deps, requireActor(req, 'tokens:manage'), req.params.id),
  );
  r.get(
    '/api/integrations/imports/:id/errors',
    {
      schema: {
        tags,
        summary: 'Tải danh sách dòng bị từ chối (số dòng, MaHoSo, mã lỗi, lý do) dạng CSV hoặc Excel',
        params: importJobParams,
        querystring: importErrorsQuery,
        response: { 200: z.any().describe('the error report file'), ...errors(401, 403, 404) },
      },
    },
    async (req, reply) => {
      const { job, errors: rows } = await importErrors(
        deps,
        requireActor(req, 'tokens:manage'),
        req.params.id,
      );
      const base = `loi-nhap-${job.fileName.replace(/\.[^.]+$/, '')}`;
      const xlsx = req.query.format === 'xlsx';
      const name = `${base}.${xlsx ? 'xlsx' : 'csv'}`;
      return reply
        .header('content-type', xlsx ? IMPORT_CONTENT_TYPES[2]! : 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(name)}`)
        .header('cache-control', 'private, no-store')
        .send(xlsx ? await errorReportXlsx(rows, job.fileName) : errorReportCsv(rows));
    },
  );
  r.get(
    '/api/integrations/sources/:code/import-mapping',
    {
      schema: {
        tags,
        summary: 'Bảng ánh xạ cột của tệp nhập từ hệ thống nguồn',
        params: sourceParams,
        response: { 200: sourceMapping, ...errors(401, 403, 404) },
      },
    },
    async (req) => getSourceMapping(deps, requireActor(req, 'tokens:manage'), req.params.code),
  );
  r.put(
    '/api/integrations/sources/:code/import-mapping',
    {
      schema: {
        tags,
        summary: 'Lưu bảng ánh xạ cột (tên cột trong tệp của hệ thống nguồn, định dạng ngày, dấu phân cách)',
        params: sourceParams,
        body: columnMapping,
        response: { 200: sourceMapping, ...errors(400, 401, 403, 404) },
      },
    },
    async (req) => saveSourceMapping(deps, requireActor(req, 'tokens:manage'), req.params.code, req.body),
  );
}
