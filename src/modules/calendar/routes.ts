import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  calendarDays,
  calendarDaysQuery,
  calendarEntry,
  calendarEntryIdParam,
  calendarEntryList,
  createCalendarEntryBody,
  createDeadlinePolicyBody,
  deadlinePolicy,
  deadlinePolicyQuery,
  dueDateQuery,
  dueDateResult,
  listCalendarEntriesQuery,
  updateCalendarEntryBody,
} from '../../contract/calendar.js';
import { requireActor } from '../../http/access.js';
import { errors } from '../../http/responses.js';
import type { Deps } from '../../platform/deps.js';
import { computeDueDate } from './compute-due-date.js';
import { createCalendarEntry } from './create-entry.js';
import { deleteCalendarEntry } from './delete-entry.js';
import { listCalendarDays } from './list-days.js';
import { listCalendarEntries } from './list-entries.js';
import { createDeadlinePolicy, listDeadlinePolicies } from './policies.js';
import { updateCalendarEntry } from './update-entry.js';

const tags = ['Lịch làm việc và thời hạn'];

export async function calendarRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/calendar/due-date',
    {
      schema: {
        tags,
        summary: 'Tính ngày hẹn trả kết quả theo lịch làm việc của đơn vị',
        querystring: dueDateQuery,
        response: { 200: dueDateResult, ...errors(400, 401, 403, 404) },
      },
    },
    async (req) => computeDueDate(deps, requireActor(req, 'calendar:read'), req.query),
  );
  r.get(
    '/api/calendar/days',
    {
      schema: {
        tags,
        summary: 'Trạng thái từng ngày (làm việc / nghỉ) trong khoảng ngày, cho lịch tháng',
        querystring: calendarDaysQuery,
        response: { 200: calendarDays, ...errors(400, 401, 403, 404) },
      },
    },
    async (req) => listCalendarDays(deps, requireActor(req, 'calendar:read'), req.query),
  );
  r.get(
    '/api/calendar/entries',
    {
      schema: {
        tags,
        summary: 'Các ngày nghỉ, ngày làm bù của một năm: dữ liệu có sẵn, toàn quốc và của đơn vị',
        querystring: listCalendarEntriesQuery,
        response: { 200: calendarEntryList, ...errors(400, 401, 403, 404) },
      },
    },
    async (req) => listCalendarEntries(deps, requireActor(req, 'calendar:read'), req.query),
  );
  r.post(
    '/api/calendar/entries',
    {
      schema: {
        tags,
        summary: 'Thêm ngày nghỉ / ngày làm bù (toàn quốc: quản trị hệ thống; đơn vị: quản trị đơn vị)',
        body: createCalendarEntryBody,
        response: { 201: calendarEntry, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (req, reply) => {
      const created = await createCalendarEntry(deps, requireActor(req), req.body);
      return reply.status(201).send(created);
    },
  );
  r.patch(
    '/api/calendar/entries/:id',
    {
      schema: {
        tags,
        summary: 'Sửa một ngày trong lịch',
        params: calendarEntryIdParam,
        body: updateCalendarEntryBody,
        response: { 200: calendarEntry, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (req) => updateCalendarEntry(deps, requireActor(req), req.params.id, req.body),
  );
  r.delete(
    '/api/calendar/entries/:id',
    {
      schema: {
        tags,
        summary: 'Xóa một ngày do quản trị nhập (lịch có sẵn hoặc quy tắc tuần áp dụng lại)',
        params: calendarEntryIdParam,
        response: { 204: z.null(), ...errors(401, 403, 404) },
      },
    },
    async (req, reply) => {
      await deleteCalendarEntry(deps, requireActor(req), req.params.id);
      return reply.status(204).send(null);
    },
  );
  r.get(
    '/api/calendar/policies',
    {
      schema: {
        tags,
        summary: 'Quy định tính lại thời hạn sau khi tạm dừng của đơn vị, theo ngày áp dụng',
        querystring: deadlinePolicyQuery,
        response: { 200: z.object({ items: z.array(deadlinePolicy) }), ...errors(400, 401, 403, 404) },
      },
    },
    async (req) => listDeadlinePolicies(deps, requireActor(req, 'calendar:read'), req.query.unitCode),
  );
  r.post(
    '/api/calendar/policies',
    {
      schema: {
        tags,
        summary: 'Đặt quy định tính lại thời hạn sau tạm dừng (không hồi tố)',
        body: createDeadlinePolicyBody,
        response: { 201: deadlinePolicy, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (req, reply) => {
      const created = await createDeadlinePolicy(deps, requireActor(req, 'calendar:manage'), req.body);
      return reply.status(201).send(created);
    },
  );
}
