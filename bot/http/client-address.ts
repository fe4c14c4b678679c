import { BlockList, isIP } from 'node:net';
import type { Request } from 'restify';

/**
 * Who is calling, for rate limits and the admin sign-in throttle. X-Forwarded-For is written
 * by whoever sent the request, so it is believed only from the proxies named in TRUST_PROXY:
 * starting from the connecting address, each trusted hop hands over to the address it says it
 * received the request from. With no TRUST_PROXY the header is ignored, so a forged header can
 * neither dodge a limit nor spend someone else's.
 */
export type ClientAddress = (req: Request) => string;

/** `trustProxy`: comma-separated addresses or CIDR ranges (IPv4 or IPv6); undefined trusts none. */
export function clientAddressOf(trustProxy: string | undefined): ClientAddress {
  const trusted = trustedProxies(trustProxy);
  return (req: Request) => {
    let address = normalise(req.socket?.remoteAddress ?? '') || 'unknown';
    if (!trusted) return address;
    const hops = String(req.headers['x-forwarded-for'] ?? '')
      .split(',')
      .map((h) => normalise(h.trim()))
      .reverse();
    for (const hop of hops) {
      if (!isTrusted(trusted, address) || !isIP(hop)) break;
      address = hop;
    }
    return address;
  };
}

/** Parse TRUST_PROXY; throws a readable error for an entry that is not an address or range. */
export function trustedProxies(setting: string | undefined): BlockList | undefined {
  const entries = (setting ?? '').split(',').map((e) => e.trim()).filter(Boolean);
  if (!entries.length) return undefined;
  const list = new BlockList();
  for (const entry of entries) {
    const [address, bits] = entry.split('/');
    const family = isIP(address);
    if (!family) throw new Error(`TRUST_PROXY: "${entry}" is not an IP address or CIDR range`);
    const type = family === 6 ? 'ipv6' : 'ipv4';
    if (bits === undefined) list.addAddress(address, type);
    else {
      const prefix = Number(bits);
      if (!Number.isInteger(prefix) || prefix < 0 || prefix > (family === 6 ? 128 : 32)) throw new Error(`TRUST_PROXY: "${entry}" has a bad prefix length`);
      list.addSubnet(address, prefix, type);
    }
  }
  return list;
}

function isTrusted(list: BlockList, address: string): boolean {
  const family = isIP(address);
  return family !== 0 && list.check(address, family === 6 ? 'ipv6' : 'ipv4');
}

/** "::ffff:10.0.0.1" (IPv4 on a dual-stack socket) is 10.0.0.1. */
function normalise(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return mapped ? mapped[1] : address;
}
