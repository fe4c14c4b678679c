import type { KnowledgeBase } from '../knowledge/knowledge-base';
import type { Decision } from '../knowledge/decide';
import type { Preferences } from '../knowledge/search';
import type { Item } from '../knowledge/schema';
import { composeAnswer } from './compose';
import { declineReply } from './decline';
import { message, type Reply } from './reply';

export type AnswerContext = { now: Date; publicUrl: string };

/** From a question to what the bot says: an answer, a "which one?" or an honest decline. */
export function replyToQuestion(
  kb: KnowledgeBase,
  question: string,
  prefs: Preferences,
  ctx: AnswerContext,
): { reply: Reply; decision: Decision } {
  const { decision, concepts } = kb.ask(question, prefs);
  switch (decision.kind) {
    case 'answer':
      return {
        decision,
        reply: composeAnswer(decision.best.item, { ...ctx, concepts, question, related: relatedItems(kb, decision.best.item, decision.related.map((h) => h.item)) }),
      };
    case 'clarify':
      return {
        decision,
        reply: message(
          'clarify',
          'I have a few things about that. Which one do you mean?',
          decision.options.map((h) => ({ kind: 'action', title: h.item.title, data: { action: 'show', id: h.item.id, from: 'clarify' } })),
        ),
      };
    case 'decline':
      return { decision, reply: declineReply() };
  }
}

/** Show one item by id (a tapped related item or choice). */
export function replyWithItem(kb: KnowledgeBase, id: string, ctx: AnswerContext): Reply | undefined {
  const item = kb.byId.get(id);
  return item ? composeAnswer(item, { ...ctx, related: relatedItems(kb, item, []) }) : undefined;
}

/** Staff-chosen related items first, then the next best search hits. */
function relatedItems(kb: KnowledgeBase, item: Item, hits: Item[]): Item[] {
  const chosen = item.related.map((id) => kb.byId.get(id)).filter((i): i is Item => i !== undefined);
  const out: Item[] = [];
  for (const candidate of [...chosen, ...hits]) {
    if (candidate.id !== item.id && !out.some((o) => o.id === candidate.id)) out.push(candidate);
  }
  return out.slice(0, 3);
}
