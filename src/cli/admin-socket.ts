// Embedded mode: only the server process may open the database, so the CLI relays its
// command to the running server over a Unix socket in the data directory (mode 0600,
// reachable only by the same OS user). One JSON request line; JSON lines back.
import fs from 'node:fs';
import net from 'node:net';
import { COMMANDS, type CommandArgs, type CommandEnv } from './commands.js';

type Request = { command: string; args: CommandArgs };
type Reply = { type: 'out'; text: string } | { type: 'exit'; code: number };

export function startAdminSocket(socketPath: string, env: Omit<CommandEnv, 'out'>): Promise<net.Server> {
  fs.rmSync(socketPath, { force: true });
  const server = net.createServer((conn) => {
    let buf = '';
    conn.setEncoding('utf8');
    conn.on('data', async (chunk) => {
      buf += chunk;
      const nl = buf.indexOf('\n');
      if (nl < 0) return;
      const send = (r: Reply) => conn.write(`${JSON.stringify(r)}\n`);
      try {
        const req = JSON.parse(buf.slice(0, nl)) as Request;
        const cmd = COMMANDS[req.command];
        if (!cmd) {
          send({ type: 'out', text: `Unknown command ${req.command}` });
          send({ type: 'exit', code: 2 });
        } else {
          const code = await cmd.run({ ...env, out: (text) => send({ type: 'out', text }) }, req.args);
          send({ type: 'exit', code });
        }
      } catch (e) {
        send({ type: 'out', text: `Error: ${(e as Error).message}` });
        send({ type: 'exit', code: 1 });
      }
      conn.end();
    });
    conn.on('error', () => {});
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(socketPath, () => {
      fs.chmodSync(socketPath, 0o600);
      resolve(server);
    });
  });
}

export function sendToAdminSocket(
  socketPath: string,
  req: Request,
  out: (line: string) => void,
): Promise<number> {
  return new Promise((resolve, reject) => {
    const conn = net.createConnection(socketPath);
    let buf = '';
    let code: number | null = null;
    conn.setEncoding('utf8');
    conn.on('connect', () => conn.write(`${JSON.stringify(req)}\n`));
    conn.on('data', (chunk) => {
      buf += chunk;
      let nl = buf.indexOf('\n');
      while (nl >= 0) {
        const r = JSON.parse(buf.slice(0, nl)) as Reply;
        buf = buf.slice(nl + 1);
        if (r.type === 'out') out(r.text);
        else code = r.code;
        nl = buf.indexOf('\n');
      }
    });
    conn.on('error', reject);
    conn.on('close', () =>
      code === null ? reject(new Error('The server closed the admin connection')) : resolve(code),
    );
  });
}
