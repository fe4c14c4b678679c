import { gunzip, inflate, type InputType, type ZlibOptions } from 'node:zlib';
import type { Next, Request, RequestHandler, Response } from 'restify';

export type BodyOptions = { maxBytes: number };

type Inflate = (buf: InputType, options: ZlibOptions, callback: (err: Error | null, result: Buffer) => void) => void;

/** Encodings clients send for request bodies; anything else is refused with 415. */
const INFLATERS: Record<string, Inflate | undefined> = { gzip: gunzip, 'x-gzip': gunzip, deflate: inflate, identity: undefined };

export type BodyRequest = Request & { rawBody?: string };

/**
 * Reads and parses every request body, in place of restify's bodyParser. Restify's reader
 * inflates gzip with an unguarded stream (a body that is not gzip threw from the zlib stream
 * and ended the process) and checks its size limit on the compressed bytes (a 200 KB body
 * could inflate to gigabytes). Here both the bytes received and the bytes inflated are capped
 * at `maxBytes`, and a body that cannot be inflated or parsed is the caller's error (4xx).
 */
export function readBody(options: BodyOptions): RequestHandler {
  const { maxBytes } = options;
  return (req: Request, res: Response, next: Next) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (!req.isChunked() && !(declared > 0)) return next();
    const encoding = String(req.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
    if (!(encoding in INFLATERS)) {
      res.header('Accept-Encoding', 'gzip, deflate');
      return refuse(req, res, next, httpError(415, 'content encoding not supported'));
    }
    if (declared > maxBytes) return refuse(req, res, next, httpError(413, `request body larger than ${maxBytes} bytes`));

    const chunks: Buffer[] = [];
    let received = 0;
    let settled = false;
    const settle = (err?: Error) => {
      if (settled) return;
      settled = true;
      req.removeListener('data', onData);
      if (err) refuse(req, res, next, err);
      else next();
    };
    const onData = (chunk: Buffer) => {
      received += chunk.length;
      if (received > maxBytes) settle(httpError(413, `request body larger than ${maxBytes} bytes`));
      else chunks.push(chunk);
    };
    req.on('data', onData);
    req.once('error', () => settle(httpError(400, 'the request body could not be read')));
    req.once('aborted', () => settle(httpError(400, 'the request was aborted')));
    req.once('end', () => {
      if (settled) return;
      const body = Buffer.concat(chunks);
      const inflater = INFLATERS[encoding];
      if (!inflater) return settle(parse(req as BodyRequest, body));
      // maxOutputLength stops inflating at the limit: memory stays bounded whatever was sent.
      inflater(body, { maxOutputLength: maxBytes }, (err, inflated) => {
        if (!err) return settle(parse(req as BodyRequest, inflated));
        const tooLarge = (err as Error & { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' || err instanceof RangeError;
        settle(tooLarge ? httpError(413, `request body inflates past ${maxBytes} bytes`) : httpError(400, `the body is not valid ${encoding}`));
      });
    });
  };
}

/** JSON and HTML forms are parsed; any other type is left as text, as restify's parser did. */
function parse(req: BodyRequest, body: Buffer): Error | undefined {
  if (!body.length) return undefined;
  const text = body.toString('utf8');
  req.rawBody = text;
  const type = (req.contentType() || '').toLowerCase();
  if (type === 'application/json' || /^application\/[^;]+\+json$/.test(type)) {
    try {
      req.body = JSON.parse(text);
    } catch {
      return httpError(400, 'the body is not valid JSON');
    }
  } else if (type === 'application/x-www-form-urlencoded') {
    req.body = Object.fromEntries(new URLSearchParams(text));
  } else {
    req.body = text;
  }
  return undefined;
}

/**
 * Answer the refusal and stop reading: the rest of an oversized or unwanted body is not
 * worth receiving, so the connection closes once the answer is sent.
 */
function refuse(req: Request, res: Response, next: Next, err: Error): void {
  res.header('Connection', 'close');
  req.resume();
  next(err);
}

/** An error restify answers with its status (the server's restifyError handler words the body). */
export function httpError(statusCode: number, message: string): Error & { statusCode: number } {
  return Object.assign(new Error(message), { statusCode });
}
