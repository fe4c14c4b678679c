import { describe, expect, it } from 'vitest';
import type { Request } from 'restify';
import { clientAddressOf } from '../../bot/http/client-address';
import { loadConfig } from '../../bot/config';

const req = (remote: string, xff?: string) => ({ socket: { remoteAddress: remote }, headers: xff === undefined ? {} : { 'x-forwarded-for': xff } }) as unknown as Request;

describe('the client address for limits', () => {
  it('ignores X-Forwarded-For when no proxy is trusted', () => {
    expect(clientAddressOf(undefined)(req('10.1.2.3', '203.0.113.9'))).toBe('10.1.2.3');
  });

  it('believes the forwarded address only from a trusted proxy, right to left', () => {
    const of = clientAddressOf('10.0.0.0/8, ::1');
    expect(of(req('10.1.2.3', '203.0.113.9'))).toBe('203.0.113.9');
    // A caller's own forged entry sits left of what the proxy appended: not believed.
    expect(of(req('10.1.2.3', '192.0.2.1, 203.0.113.9'))).toBe('203.0.113.9');
    // Two trusted hops hand over to the client before them.
    expect(of(req('::1', '203.0.113.9, 10.9.9.9'))).toBe('203.0.113.9');
    // From an untrusted address the header means nothing.
    expect(of(req('198.51.100.7', '203.0.113.9'))).toBe('198.51.100.7');
    expect(of(req('::ffff:10.1.2.3', 'not-an-address'))).toBe('10.1.2.3');
  });

  it('refuses a TRUST_PROXY that is not addresses or ranges, at start-up', () => {
    expect(() => loadConfig({ TRUST_PROXY: 'my-proxy.example' })).toThrow(/TRUST_PROXY/);
    expect(() => loadConfig({ TRUST_PROXY: '10.0.0.0/99' })).toThrow(/prefix/);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.0/8,::1' }).TRUST_PROXY).toBe('10.0.0.0/8,::1');
  });

  it('listens on 127.0.0.1 by default without an app id, and on all interfaces with one', () => {
    expect(loadConfig({}).HOST).toBe('127.0.0.1');
    expect(loadConfig({ MicrosoftAppId: 'x' }).HOST).toBe('0.0.0.0');
    expect(loadConfig({ HOST: '0.0.0.0' }).HOST).toBe('0.0.0.0');
  });
});
