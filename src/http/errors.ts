// One error envelope for every endpoint: { error: { code, message, details } }.
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { DomainError, type ErrorKind } from '../platform/errors.js';

const STATUS: Record<ErrorKind, number> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  locked: 429,
  rate_limited: 429,
  unavailable: 503,
};

export function sendError(
  reply: FastifyReply,
  status: number,
  code: string,
  message: string,
  details?: unknown,
) {
  return reply
    .status(status)
    .send({ error: { code, message, ...(details === undefined ? {} : { details }) } });
}

function pgCode(err: unknown): string | undefined {
  const code = (err as { code?: unknown }).code;
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) ? code : undefined;
}

export function errorHandler(err: FastifyError, req: FastifyRequest, reply: FastifyReply) {
  if (err instanceof DomainError) {
    return sendError(reply, STATUS[err.kind], err.code, err.message, err.details);
  }
  if (hasZodFastifySchemaValidationErrors(err)) {
    const details = err.validation.map((v) => ({
      path: [
        v.instancePath.split('/').filter(Boolean),
        (v.params as { issue?: { path?: unknown[] } })?.issue?.path,
      ]
        .flat()
        .filter((p) => p !== undefined)
        .map(String),
      message: v.message ?? 'Giá trị không hợp lệ',
    }));
    return sendError(reply, 400, 'VALIDATION_FAILED', 'Dữ liệu gửi lên không hợp lệ', dedupe(details));
  }
  if (isResponseSerializationError(err)) {
    req.log.error({ err }, 'response did not match its schema');
    return sendError(reply, 500, 'INTERNAL', 'Lỗi hệ thống. Vui lòng thử lại hoặc liên hệ quản trị.');
  }
  const pg = pgCode(err);
  if (pg === '23505') return sendError(reply, 409, 'DUPLICATE', 'Bản ghi đã tồn tại');
  if (pg === '23503')
    return sendError(
      reply,
      409,
      'REFERENCE_CONFLICT',
      'Dữ liệu đang được tham chiếu hoặc tham chiếu không tồn tại',
    );
  if (pg === '23514' || pg === '22P02' || pg === '22007' || pg === '22008') {
    return sendError(reply, 400, 'INVALID_VALUE', 'Giá trị không hợp lệ');
  }
  if (
    err.code === 'FST_ERR_CTP_INVALID_JSON_BODY' ||
    err.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' ||
    (err.statusCode === 400 && err.code?.startsWith('FST_ERR_CTP'))
  ) {
    return sendError(reply, 400, 'INVALID_JSON', 'Nội dung gửi lên không phải JSON hợp lệ');
  }
  if (err.code === 'FST_ERR_CTP_BODY_TOO_LARGE')
    return sendError(reply, 413, 'PAYLOAD_TOO_LARGE', 'Dữ liệu gửi lên quá lớn');
  if (err.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
    return sendError(reply, 415, 'UNSUPPORTED_MEDIA_TYPE', 'Định dạng nội dung không được hỗ trợ');
  }
  if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
    return sendError(reply, err.statusCode, 'BAD_REQUEST', 'Yêu cầu không hợp lệ');
  }
  req.log.error({ err }, 'unhandled error');
  return sendError(reply, 500, 'INTERNAL', 'Lỗi hệ thống. Vui lòng thử lại hoặc liên hệ quản trị.');
}

function dedupe<T extends { path: string[]; message: string }>(items: T[]): T[] {
  const seen = new Set<string>();
  return items.filter((i) => {
    const k = `${i.path.join('.')}|${i.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
