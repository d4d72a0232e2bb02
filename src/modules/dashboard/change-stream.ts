// One server-sent-event stream of a dashboard: "ready" at once, "changed" {unitIds, unitCodes} when
// dossiers of the covered units change, a comment every 20 s to keep proxies from closing it. The
// stream ends after 5 minutes; the browser's EventSource reconnects by itself and is authenticated
// again, so a revoked session stops receiving events within minutes.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { DashboardChange } from '../../contract/dashboard.js';
import type { units } from '../../db/schema.js';
import type { ChangeFeed } from './change-feed.js';

const HEARTBEAT_MS = 20_000;
const MAX_AGE_MS = 5 * 60_000;

export async function openChangeStream(
  req: FastifyRequest,
  reply: FastifyReply,
  feed: ChangeFeed,
  covered: (typeof units.$inferSelect)[],
  streams: Set<() => void>,
): Promise<void> {
  const codeOf = new Map(covered.map((u) => [u.id, u.code]));
  const raw = reply.raw;
  let ended = false;
  let opened = false;
  // Listening first: a failure still answers with the error envelope, before the stream is opened.
  const unsubscribe = await feed.subscribe(new Set(codeOf.keys()), (unitIds) => {
    if (!opened || ended) return;
    const change: DashboardChange = { unitIds, unitCodes: unitIds.map((id) => codeOf.get(id) ?? '') };
    raw.write(`event: changed\ndata: ${JSON.stringify(change)}\n\n`);
  });
  reply.hijack();
  raw.writeHead(200, {
    ...(reply.getHeaders() as Record<string, string>),
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-store',
    connection: 'keep-alive',
    'x-accel-buffering': 'no',
  });
  raw.write('retry: 3000\n\nevent: ready\ndata: {}\n\n');
  opened = true;

  const heartbeat = setInterval(() => raw.write(': keep-alive\n\n'), HEARTBEAT_MS);
  const maxAge = setTimeout(() => end(), MAX_AGE_MS);
  function end() {
    if (ended) return;
    ended = true;
    clearInterval(heartbeat);
    clearTimeout(maxAge);
    unsubscribe();
    streams.delete(end);
    raw.end();
  }
  streams.add(end);
  req.raw.on('close', end);
}
