/**
 * markdown-it (inside Web Chat) requires Node's `punycode` module, which browsers lack and no
 * npm package provides here. It only uses it to normalise link host names: the browser's
 * URL parser does toASCII, and showing a host as typed is fine for toUnicode.
 */
export function toASCII(host: string): string {
  try {
    return new URL(`http://${host}`).hostname;
  } catch {
    return host;
  }
}

export function toUnicode(host: string): string {
  return host;
}

export default { toASCII, toUnicode };
