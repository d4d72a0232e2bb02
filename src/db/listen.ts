// LISTEN on PostgreSQL over one dedicated connection (a pooled one could be handed to a query and
// lose the LISTEN). A dropped connection is reopened after a second; the caller is then told '*'
// because notices sent meanwhile are lost. PGlite listens on its single connection (database.ts).
import pg from 'pg';

export async function listenPostgres(
  url: string,
  channel: string,
  onPayload: (payload: string) => void,
): Promise<() => Promise<void>> {
  let client: pg.Client | null = null;
  let stopped = false;
  let retry: NodeJS.Timeout | null = null;

  const connect = async (reconnecting: boolean): Promise<void> => {
    const c = new pg.Client({ connectionString: url });
    const lost = () => {
      if (stopped || client !== c) return;
      client = null;
      c.removeAllListeners('notification');
      void c.end().catch(() => {});
      retry = setTimeout(() => {
        retry = null;
        connect(true).catch(() => lost());
      }, 1000);
    };
    c.on('error', (err) => {
      process.emitWarning(`PostgreSQL LISTEN ${channel}: ${(err as { code?: string }).code ?? err.message}`);
      lost();
    });
    c.on('end', lost);
    c.on('notification', (n) => {
      if (n.channel === channel) onPayload(n.payload ?? '');
    });
    client = c;
    await c.connect();
    await c.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
    if (reconnecting) onPayload('*');
  };

  await connect(false);
  return async () => {
    stopped = true;
    if (retry) clearTimeout(retry);
    const c = client;
    client = null;
    await c?.end().catch(() => {});
  };
}
