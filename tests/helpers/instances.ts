import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');

export type Instance = { name: string; url: string; port: number; child: ChildProcess; logs: string[]; exited: Promise<number | null> };

/** One instance of the real server (bot/index.ts, as `npm start` runs it) in its own process. */
export async function startInstance(name: string, env: Record<string, string>): Promise<Instance> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'bot/index.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      WATCH_CONTENT: 'false',
      DATA_DIR: mkdtempSync(join(tmpdir(), `signpost-${name}-`)),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: string[] = [];
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  const port = await new Promise<number>((resolvePort, reject) => {
    let buffer = '';
    // An instance that never says it is listening is stopped, so a failed start leaves nothing running.
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${name} did not start:\n${logs.join('\n')}`));
    }, 60_000);
    // The bot logs JSON lines to stderr; the 'listening' line carries the port it got.
    const onData = (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) {
        logs.push(line);
        if (logs.length > 2000) logs.shift();
        const match = /"event":"listening".*"port":(\d+)/.exec(line);
        if (match) {
          clearTimeout(timer);
          resolvePort(Number(match[1]));
        }
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited with ${code}:\n${logs.join('\n')}`));
    });
  });
  return { name, url: `http://127.0.0.1:${port}`, port, child, logs, exited };
}

export async function stopInstance(instance: Instance, signal: NodeJS.Signals = 'SIGKILL'): Promise<number | null> {
  if (instance.child.exitCode === null && instance.child.signalCode === null) instance.child.kill(signal);
  return instance.exited;
}

export type Proxy = { url: string; served: Map<string, number>; close(): Promise<void> };

/**
 * A small round-robin load balancer, as App Service's front end is: each request goes to the
 * next instance; a request that cannot reach an instance (refused, or the connection dropped
 * before any answer) is tried on the next one, as a balancer does with a dead backend.
 */
export async function startProxy(backends: () => Instance[]): Promise<Proxy> {
  let next = 0;
  const served = new Map<string, number>();
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const list = backends();
      const first = next++;
      const attempt = (tries: number) => {
        if (tries >= list.length) {
          res.writeHead(502, { 'content-type': 'application/json' });
          res.end('{"error":"no instance could answer"}');
          return;
        }
        const backend = list[(first + tries) % list.length];
        const upstream = http.request(
          `${backend.url}${req.url}`,
          { method: req.method, headers: { ...req.headers, host: `127.0.0.1:${backend.port}` }, agent },
          (answer) => {
            served.set(backend.name, (served.get(backend.name) ?? 0) + 1);
            res.writeHead(answer.statusCode ?? 502, answer.headers);
            answer.pipe(res);
          },
        );
        upstream.on('error', () => {
          if (!res.headersSent) attempt(tries + 1);
          else res.destroy();
        });
        upstream.end(body);
      };
      attempt(0);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    served,
    close: () =>
      new Promise<void>((r) => {
        agent.destroy();
        server.close(() => r());
        server.closeAllConnections();
      }),
  };
}
