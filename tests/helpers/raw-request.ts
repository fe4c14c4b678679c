import { request } from 'node:http';

/**
 * One HTTP request with exactly the headers and bytes given (Content-Length from the body),
 * so tests can send what an attacker would: bodies fetch would refuse to build.
 */
export function rawRequest(url: string, method: string, headers: Record<string, string>, body?: Buffer): Promise<{ status: number; text: string }> {
  const sized = body ? { 'content-length': String(body.length), ...headers } : headers;
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers: sized }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString() }));
    });
    req.on('error', reject);
    req.end(body);
  });
}
