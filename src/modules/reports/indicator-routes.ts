import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  index766Query,
  index766RankingQuery,
  index766Ranking as index766RankingSchema,
  index766 as index766Schema,
  indicatorReport as indicatorReportSchema,
  indicatorsDocxQuery,
  indicatorsQuery,
  indicatorTargetRow,
  indicatorTargetsQuery,
  indicatorTargets as indicatorTargetsSchema,
  setIndicatorTargetBody,
} from '../../contract/indicators.js';
import { requireActor } from '../../http/access.js';
import { errors } from '../../http/responses.js';
import type { Deps } from '../../platform/deps.js';
import { exportIndicatorsDocx } from './export-indicators-docx.js';
import { index766Ranking } from './index-766-ranking.js';
import { index766Report } from './index-766-report.js';
import { indicatorReport } from './indicator-report.js';
import { listIndicatorTargets } from './list-indicator-targets.js';
import { setIndicatorTarget } from './set-indicator-target.js';

const tags = ['Báo cáo thống kê'];
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export async function indicatorRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/reports/indicators',
    {
      schema: {
        tags,
        summary:
          'Các chỉ tiêu (nộp trực tuyến, thanh toán trực tuyến, số hóa, tái sử dụng…) với chỉ tiêu giao',
        querystring: indicatorsQuery,
        response: { 200: indicatorReportSchema, ...errors(400, 401, 403, 404) },
      },
    },
    async (req) =>
      indicatorReport(deps, requireActor(req, 'reports:read'), {
        ...req.query,
        includeChildren: req.query.includeChildren === 'true',
      }),
  );
  r.get(
    '/api/reports/indicators.docx',
    {
      schema: {
        tags,
        summary:
          'Dự thảo báo cáo chỉ tiêu (Word) theo thể thức văn bản hành chính, để cán bộ chỉnh sửa và ký',
        querystring: indicatorsDocxQuery,
        response: { 200: z.any().describe(DOCX), ...errors(400, 401, 403, 404) },
      },
    },
    async (req, reply) => {
      const ctx = requireActor(req, 'reports:read');
      const file = await exportIndicatorsDocx(deps, ctx, {
        ...req.query,
        includeChildren: req.query.includeChildren === 'true',
      });
      return reply
        .header('content-type', DOCX)
        .header('content-disposition', `attachment; filename="${file.name}"`)
        .header('cache-control', 'no-store')
        .send(file.content);
    },
  );
  r.get(
    '/api/reports/indicator-targets',
    {
      schema: {
        tags,
        summary: 'Chỉ tiêu giao: mặc định toàn quốc và của tỉnh, đơn vị (theo ngày hiệu lực)',
        querystring: indicatorTargetsQuery,
        response: { 200: indicatorTargetsSchema, ...errors(400, 401, 403, 404) },
      },
    },
    async (req) => listIndicatorTargets(deps, requireActor(req, 'reports:read'), req.query),
  );
  r.post(
    '/api/reports/indicator-targets',
    {
      schema: {
        tags,
        summary: 'Đặt chỉ tiêu giao từ một ngày hiệu lực (mặc định toàn quốc, hoặc cho tỉnh, đơn vị)',
        body: setIndicatorTargetBody,
        response: { 201: indicatorTargetRow, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (req, reply) => {
      const result = await setIndicatorTarget(deps, requireActor(req, 'units:manage'), req.body);
      return reply.code(201).send(result);
    },
  );
  r.get(
    '/api/reports/index-766',
    {
      schema: {
        tags,
        summary: 'Bộ chỉ số 766 (QĐ 766/QĐ-TTg) theo thời gian thực: điểm từng nhóm và tổng điểm /100',
        querystring: index766Query,
        response: { 200: index766Schema, ...errors(400, 401, 403, 404) },
      },
    },
    async (req) =>
      index766Report(deps, requireActor(req, 'reports:read'), {
        ...req.query,
        includeChildren: req.query.includeChildren === 'true',
      }),
  );
  r.get(
    '/api/reports/index-766/ranking',
    {
      schema: {
        tags,
        summary: 'Xếp hạng các xã, phường của một tỉnh theo Bộ chỉ số 766',
        querystring: index766RankingQuery,
        response: { 200: index766RankingSchema, ...errors(400, 401, 403, 404) },
      },
    },
    async (req) => index766Ranking(deps, requireActor(req, 'reports:read'), req.query),
  );
}
