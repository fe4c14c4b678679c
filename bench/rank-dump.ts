import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadContent } from '../bot/knowledge/load';
import { KnowledgeBase } from '../bot/knowledge/knowledge-base';
import { replyToQuestion } from '../bot/conversation/answering';
import { preferencesFor } from '../bot/conversation/preferences';
import { render } from '../bot/channels/render';
import { visibleText } from '../tests/helpers/replies';
import { QUESTIONS_DIR } from '../tests/helpers/question-sets';
import type { Item } from '../bot/knowledge/schema';

/**
 * Dump, for every single-message case of the realistic tune set, the top hits and whether each is
 * a right item (its text holds an alternative of every `expect.all` group), plus what the bot
 * does with it in-process. Input for bench/rank-loro.ts. `npx tsx bench/rank-dump.ts [out.json]`.
 */
const norm = (s: string) =>
  s.normalize('NFKC').replace(/[\u2018\u2019]/g, "'").replace(/[\u201C\u201D]/g, '"').replace(/[\u2013\u2014]/g, '-').replace(/\u00A0/g, ' ').replace(/[*_`>#]|\\(?=\S)/g, '').replace(/\s+/g, ' ').toLowerCase();

function strings(node: unknown, out: string[] = []): string[] {
  if (typeof node === 'string') out.push(node);
  else if (Array.isArray(node)) node.forEach((n) => strings(n, out));
  else if (node && typeof node === 'object') Object.values(node).forEach((n) => strings(n, out));
  return out;
}
const itemText = new Map<string, string>();
const textOf = (item: Item) => {
  let t = itemText.get(item.id);
  if (t === undefined) itemText.set(item.id, (t = norm(strings(item).join('\n'))));
  return t;
};

type Case = { id: string; kind: string; channel?: 'webchat' | 'msteams'; length?: string; say: string | string[]; expect: { all?: string[][] } };
const file = process.env.TUNE ?? join(QUESTIONS_DIR, 'realistic', 'tune.json');
const cases = (JSON.parse(readFileSync(file, 'utf8')) as { cases: Case[] }).cases.filter(
  (c): c is Case & { say: string } => typeof c.say === 'string' && ['answer', 'route', 'decline'].includes(c.kind),
);
const kb = KnowledgeBase.create(loadContent(process.env.CONTENT_DIR ?? 'content'));
const now = new Date();
const rows = cases.map((c) => {
  const channel = c.channel ?? 'webchat';
  const prefs = preferencesFor({}, channel);
  const groups = c.expect.all ?? [];
  const isRight = (item: Item) => c.kind !== 'decline' && groups.length > 0 && groups.every((g) => g.some((alt) => textOf(item).includes(norm(alt))));
  const asked = kb.askUncached(c.say, prefs);
  const { reply, decision } = replyToQuestion(kb, c.say, prefs, { now, publicUrl: 'http://localhost' });
  const text = norm(visibleText([render(reply, channel)]));
  const groupsOk = groups.every((g) => g.some((alt) => text.includes(norm(alt))));
  const cited = decision.kind === 'answer';
  const ok = c.kind === 'decline' ? !cited : cited && groupsOk;
  const first = asked.hits[0]?.score ?? 1;
  return {
    id: c.id,
    kind: c.kind,
    channel,
    length: c.length,
    words: c.say.split(/\s+/).length,
    rightIds: c.kind === 'decline' ? [] : kb.items.filter(isRight).map((i) => i.id),
    askDecision: asked.decision.kind,
    decision: decision.kind,
    answered: decision.kind === 'answer' ? decision.best.item.id : undefined,
    ok,
    type: asked.understanding.type ?? null,
    concepts: asked.resolved.length,
    unknown: asked.resolved.filter((r) => r.absent === 'unknown').length,
    neutral: asked.resolved.filter((r) => r.absent === 'neutral').length,
    context: asked.context.length,
    hits: asked.hits.map((h, i) => ({
      id: h.item.id,
      rank: i,
      score: h.score,
      raw: h.raw,
      ratio: h.score / first,
      coverage: h.coverage,
      strong: h.strongCoverage,
      matched: h.matched.length,
      kind: h.item.kind,
      ownAudience: prefs.audience ? h.item.audiences.includes(prefs.audience) : true,
      right: isRight(h.item),
    })),
  };
});
const out = process.argv[2] ?? '/tmp/rank-dump.json';
writeFileSync(out, JSON.stringify(rows));
const ok = rows.filter((r) => r.ok).length;
console.log(`${rows.length} cases, in-process ${ok} pass; wrote ${out}`);
