import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

describe('the process guard', () => {
  let child: ChildProcess;
  let url: string;
  let stderr = '';
  beforeAll(async () => {
    child = spawn(process.execPath, ['--import', 'tsx', resolve(__dirname, '../fixtures/http/stray-error-server.ts')], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
    const port = await new Promise<string>((done, fail) => {
      child.stdout!.once('data', (c: Buffer) => done(c.toString().trim()));
      child.once('exit', (code) => fail(new Error(`exited with ${code}: ${stderr}`)));
    });
    url = `http://127.0.0.1:${port}`;
  });
  afterAll(() => {
    child.kill();
  });

  it('answers the request whose stream failed with 500, logs why, and keeps serving others', async () => {
    const res = await fetch(`${url}/stray`);
    expect(res.status).toBe(500);
    expect(await res.text()).not.toMatch(/stray stream failure|ESTRAY/);
    expect(child.exitCode).toBeNull();
    const ok = await fetch(`${url}/ok`);
    expect(ok.status).toBe(200);
    // The log line is written before the answer; give the pipe a moment under load.
    for (let i = 0; i < 50 && !stderr.includes('uncaught-error'); i += 1) await new Promise((r) => setTimeout(r, 20));
    expect(stderr).toMatch(/"event":"uncaught-error".*"path":"\/stray"/);
  });
});
