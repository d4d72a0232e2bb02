import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { page } from '../../contract/common.js';
import {
  counter,
  createCounterBody,
  createDepartmentBody,
  createUnitBody,
  department,
  idParam,
  listUnitsQuery,
  officerItem,
  unit,
  unitCodeParam,
  updateCounterBody,
  updateDepartmentBody,
  updateUnitBody,
} from '../../contract/units.js';
import { requireActor } from '../../http/access.js';
import { errors } from '../../http/responses.js';
import type { Deps } from '../../platform/deps.js';
import { createCounter, listCounters, updateCounter } from './counters.js';
import { createUnit } from './create-unit.js';
import { createDepartment, listDepartments, updateDepartment } from './departments.js';
import { getUnit, listUnits } from './list-units.js';
import { listOfficers } from './officers.js';
import { updateUnit } from './update-unit.js';

const tags = ['Đơn vị hành chính'];

export async function unitRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/units',
    {
      schema: {
        tags,
        summary: 'Danh sách đơn vị trong phạm vi của người dùng (phân trang theo mã)',
        querystring: listUnitsQuery,
        response: { 200: page(unit), ...errors(400, 401, 403) },
      },
    },
    async (req) => listUnits(deps, requireActor(req, 'units:read'), req.query),
  );
  r.post(
    '/api/units',
    {
      schema: {
        tags,
        summary: 'Tạo đơn vị hành chính (tỉnh: 2 chữ số; xã/phường/đặc khu: 5 chữ số)',
        body: createUnitBody,
        response: { 201: unit, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (req, reply) => {
      const created = await createUnit(deps, requireActor(req, 'units:manage'), req.body);
      return reply.status(201).send(created);
    },
  );
  r.get(
    '/api/units/:code',
    {
      schema: {
        tags,
        summary: 'Chi tiết đơn vị',
        params: unitCodeParam,
        response: { 200: unit, ...errors(401, 403, 404) },
      },
    },
    async (req) => getUnit(deps, requireActor(req, 'units:read'), req.params.code),
  );
  r.patch(
    '/api/units/:code',
    {
      schema: {
        tags,
        summary: 'Cập nhật đơn vị (đổi tên, hết hiệu lực khi sáp nhập, đơn vị kế thừa)',
        params: unitCodeParam,
        body: updateUnitBody,
        response: { 200: unit, ...errors(400, 401, 403, 404) },
      },
    },
    async (req) => updateUnit(deps, requireActor(req, 'units:manage'), req.params.code, req.body),
  );

  r.get(
    '/api/units/:code/departments',
    {
      schema: {
        tags,
        summary: 'Phòng chuyên môn của đơn vị',
        params: unitCodeParam,
        response: { 200: z.object({ items: z.array(department) }), ...errors(401, 403, 404) },
      },
    },
    async (req) => listDepartments(deps, requireActor(req, 'units:read'), req.params.code),
  );
  r.post(
    '/api/units/:code/departments',
    {
      schema: {
        tags,
        summary: 'Thêm phòng chuyên môn',
        params: unitCodeParam,
        body: createDepartmentBody,
        response: { 201: department, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (req, reply) =>
      reply
        .status(201)
        .send(await createDepartment(deps, requireActor(req, 'units:manage'), req.params.code, req.body)),
  );
  r.patch(
    '/api/departments/:id',
    {
      schema: {
        tags,
        summary: 'Cập nhật phòng chuyên môn',
        params: idParam,
        body: updateDepartmentBody,
        response: { 200: department, ...errors(400, 401, 403, 404) },
      },
    },
    async (req) => updateDepartment(deps, requireActor(req, 'units:manage'), req.params.id, req.body),
  );

  r.get(
    '/api/units/:code/counters',
    {
      schema: {
        tags,
        summary: 'Quầy tiếp nhận của Trung tâm Phục vụ hành chính công',
        params: unitCodeParam,
        response: { 200: z.object({ items: z.array(counter) }), ...errors(401, 403, 404) },
      },
    },
    async (req) => listCounters(deps, requireActor(req, 'units:read'), req.params.code),
  );
  r.post(
    '/api/units/:code/counters',
    {
      schema: {
        tags,
        summary: 'Thêm quầy',
        params: unitCodeParam,
        body: createCounterBody,
        response: { 201: counter, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (req, reply) =>
      reply
        .status(201)
        .send(await createCounter(deps, requireActor(req, 'units:manage'), req.params.code, req.body)),
  );
  r.patch(
    '/api/counters/:id',
    {
      schema: {
        tags,
        summary: 'Cập nhật quầy',
        params: idParam,
        body: updateCounterBody,
        response: { 200: counter, ...errors(400, 401, 403, 404) },
      },
    },
    async (req) => updateCounter(deps, requireActor(req, 'units:manage'), req.params.id, req.body),
  );
  r.get(
    '/api/units/:code/officers',
    {
      schema: {
        tags,
        summary: 'Cán bộ đang làm việc của đơn vị (họ tên, vai trò, phòng) để phân công, chuyển xử lý',
        params: unitCodeParam,
        response: { 200: z.object({ items: z.array(officerItem) }), ...errors(401, 403, 404) },
      },
    },
    async (req) => listOfficers(deps, requireActor(req, 'dossiers:read'), req.params.code),
  );
}
