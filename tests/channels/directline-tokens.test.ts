import { describe, expect, it } from 'vitest';
import { TokenIssuer, newConversationId, newUserId } from '../../bot/channels/directline/tokens';

describe('local Direct Line tokens', () => {
  it('round-trips a conversation and user, and carries the user where Web Chat looks for it', () => {
    const issuer = new TokenIssuer(1800);
    const conversationId = newConversationId();
    const userId = newUserId();
    const token = issuer.issue(conversationId, userId);
    expect(issuer.verify(token)).toMatchObject({ conversationId, userId });
    const payload = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString());
    expect(payload.user).toBe(userId);
    expect(userId).toMatch(/^dl_/);
  });

  it('makes unguessable, distinct conversation ids', () => {
    const ids = new Set(Array.from({ length: 1000 }, newConversationId));
    expect(ids.size).toBe(1000);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_-]{22}$/);
  });

  it('refuses a token with a changed payload, a forged signature or another key', () => {
    const issuer = new TokenIssuer(1800);
    const token = issuer.issue(newConversationId(), newUserId());
    const [header, , signature] = token.split('.');
    const otherPayload = Buffer.from(JSON.stringify({ conv: newConversationId(), user: newUserId(), exp: 4_000_000_000 })).toString('base64url');
    expect(issuer.verify(`${header}.${otherPayload}.${signature}`)).toBeUndefined();
    expect(issuer.verify(`${token.slice(0, -2)}AA`)).toBeUndefined();
    expect(new TokenIssuer(1800).verify(token)).toBeUndefined();
    for (const junk of ['', '.', 'a.b.c', `${token}.x`, 'x'.repeat(5000)]) expect(issuer.verify(junk)).toBeUndefined();
  });

  it('refuses an expired token', () => {
    let now = 1_000_000_000_000;
    const issuer = new TokenIssuer(60, () => now);
    const token = issuer.issue(newConversationId(), newUserId());
    now += 59_000;
    expect(issuer.verify(token)).toBeDefined();
    now += 2_000;
    expect(issuer.verify(token)).toBeUndefined();
  });
});
