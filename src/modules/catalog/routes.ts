import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { exportCatalogCsv, exportCatalogJson } from '../../contract/catalog.js';
import { procedureVersionItem, procedureVersions, publishVersionBody } from '../../contract/catalog-admin.js';
import { page } from '../../contract/common.js';
import {
  fieldItem,
  listProceduresQuery,
  procedureCodeParam,
  procedureDetail,
  procedureSummary,
} from '../../contract/dossiers.js';
import { requireActor } from '../../http/access.js';
import { errors } from '../../http/responses.js';
import type { Deps } from '../../platform/deps.js';
import { getProcedure } from './get-procedure.js';
import { exportCatalog, importCatalog } from './import-catalog.js';
import { listFields, listProcedures } from './list-procedures.js';
import { listVersions } from './list-versions.js';
import { publishVersion } from './publish-version.js';

const tags = ['Danh mục thủ tục hành chính'];

export async function catalogRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/fields',
    {
      schema: {
        tags,
        summary: 'Lĩnh vực thủ tục hành chính và số thủ tục đang có hiệu lực',
        response: { 200: z.object({ items: z.array(fieldItem) }), ...errors(401, 403) },
      },
    },
    async (req) => {
      requireActor(req, 'catalog:read');
      return listFields(deps);
    },
  );
  r.get(
    '/api/procedures',
    {
      schema: {
        tags,
        summary: 'Thủ tục hành chính đang có hiệu lực (tìm theo mã, tên không dấu, lĩnh vực)',
        querystring: listProceduresQuery,
        response: { 200: page(procedureSummary), ...errors(400, 401, 403) },
      },
    },
    async (req) => {
      requireActor(req, 'catalog:read');
      return listProcedures(deps, req.query);
    },
  );
  r.get(
    '/api/procedures/:code',
    {
      schema: {
        tags,
        summary: 'Chi tiết thủ tục (phiên bản đang có hiệu lực): trường hợp, thành phần hồ sơ, phí, lệ phí',
        params: procedureCodeParam,
        response: { 200: procedureDetail, ...errors(400, 401, 403, 404) },
      },
    },
    async (req) => {
      requireActor(req, 'catalog:read');
      return getProcedure(deps, req.params.code);
    },
  );
  r.get(
    '/api/public/procedures/:code',
    {
      schema: {
        tags,
        summary: 'Trang công khai của thủ tục (không cần đăng nhập)',
        params: procedureCodeParam,
        response: { 200: procedureDetail, ...errors(400, 404) },
      },
    },
    async (req) => getProcedure(deps, req.params.code),
  );
  r.get(
    '/api/procedures/export',
    {
      schema: {
        tags,
        summary: 'Xuất danh mục thủ tục (mọi phiên bản) theo cấu trúc CSDL quốc gia: JSON hoặc CSV',
        querystring: z.object({ format: z.enum(['json', 'csv']).default('json') }),
        response: { 200: z.any().describe('application/json or text/csv'), ...errors(400, 401, 403) },
      },
    },
    async (req, reply) => {
      requireActor(req, 'catalog:read');
      const versions = await exportCatalog(deps);
      const csv = req.query.format === 'csv';
      return reply
        .header('content-type', csv ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8')
        .header('content-disposition', `attachment; filename="danh-muc-tthc.${req.query.format}"`)
        .send(csv ? exportCatalogCsv(versions, { bom: true }) : exportCatalogJson(versions));
    },
  );
  r.post(
    '/api/procedures/import',
    {
      bodyLimit: 20 * 1024 * 1024,
      schema: {
        tags,
        summary:
          'Nhập danh mục thủ tục (JSON/CSV theo CSDL quốc gia): kiểm tra toàn bộ, nhập tất cả hoặc không gì cả',
        body: z.object({
          format: z.enum(['json', 'csv']),
          content: z
            .string()
            .min(1)
            .max(20 * 1024 * 1024),
        }),
        response: {
          200: z.object({ imported: z.number().int(), skipped: z.number().int() }),
          ...errors(400, 401, 403),
        },
      },
    },
    async (req) => importCatalog(deps, requireActor(req, 'catalog:manage'), req.body),
  );
  r.get(
    '/api/procedures/:code/versions',
    {
      schema: {
        tags,
        summary:
          'Mọi phiên bản của một thủ tục (mới nhất trước) với ngày hiệu lực và quy trình của từng trường hợp',
        params: procedureCodeParam,
        response: { 200: procedureVersions, ...errors(400, 401, 403, 404) },
      },
    },
    async (req) => {
      requireActor(req, 'catalog:read');
      return listVersions(deps, req.params.code);
    },
  );
  r.post(
    '/api/procedures/:code/versions',
    {
      schema: {
        tags,
        summary:
          'Ban hành phiên bản mới (bản sao của phiên bản mới nhất với quy trình, thời hạn, phí, thành phần đã sửa), áp dụng từ hôm nay trở đi',
        description:
          'The latest open-ended version is closed on effectiveFrom. 400 VALIDATION_FAILED lists every issue with its path ' +
          '(case paths refer to the cases as sent). 409 VERSION_ALREADY_SCHEDULED while a future version waits. System administrators only.',
        params: procedureCodeParam,
        body: publishVersionBody,
        response: { 201: procedureVersionItem, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (req, reply) => {
      const ctx = requireActor(req, 'catalog:manage');
      const created = await publishVersion(deps, ctx, req.params.code, req.body);
      return reply.status(201).send(created);
    },
  );
}
