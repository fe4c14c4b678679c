import type { Activity } from 'botbuilder';
import { LRUCache } from 'lru-cache';
import type { KnowledgeBase } from '../knowledge/knowledge-base';
import type { Preferences } from '../knowledge/search';
import { replyToQuestion, type AnswerContext } from './answering';
import type { Reply } from './reply';
import type { Renderer } from './services';

/**
 * Answers already worked out, so a question asked again (a popular one, or the same words on
 * another instance's restart) skips composing and rendering the reply. Replies are kept per
 * content version (the cache hangs off the knowledge base, so a reload starts afresh and the
 * old version's replies go with it), keyed by everything the answer depends on: the words,
 * the person's preferences, what they asked just before (for a follow-up), and the minute (session dates turn
 * from "next" to "past" by the clock). Rendered forms are kept per reply and channel.
 */
const REPLIES_PER_VERSION = 500;
const byVersion = new WeakMap<KnowledgeBase, LRUCache<string, ReturnType<typeof replyToQuestion>>>();
const rendered = new WeakMap<Reply, Map<string, { renderer: Renderer; activity: Partial<Activity> }>>();

/** replyToQuestion, from the cache when this content version answered the same thing this minute. */
export function cachedReplyToQuestion(kb: KnowledgeBase, question: string, prefs: Preferences, ctx: AnswerContext): ReturnType<typeof replyToQuestion> {
  let cache = byVersion.get(kb);
  if (!cache) {
    cache = new LRUCache({ max: REPLIES_PER_VERSION });
    byVersion.set(kb, cache);
  }
  const minute = Math.floor(ctx.now.getTime() / 60_000);
  // What was asked before only changes the answer to a bare or referring-back question (see
  // replyToQuestion); for any other, leaving it out lets every conversation share the answer.
  // kb.ask is itself cached, so this costs a lookup.
  const asked = kb.ask(question, prefs);
  const followUp = asked.bare || asked.understanding.refersBack;
  const key = [question, JSON.stringify(prefs), followUp ? ctx.lastItem : '', followUp ? ctx.lastQuery : '', ctx.publicUrl, minute].join('\u0000');
  let answer = cache.get(key);
  if (!answer) {
    answer = replyToQuestion(kb, question, prefs, ctx);
    cache.set(key, answer);
  }
  return answer;
}

/** The renderer's activity, once per reply and channel; a fresh top level each time, since the adapter stamps addresses on it. */
export function renderOnce(reply: Reply, channelId: string, renderer: Renderer): Partial<Activity> {
  const channel = channelId;
  let forms = rendered.get(reply);
  if (!forms) {
    forms = new Map();
    rendered.set(reply, forms);
  }
  let form = forms.get(channel);
  if (!form || form.renderer !== renderer) {
    form = { renderer, activity: renderer.activity(reply, channelId) };
    forms.set(channel, form);
  }
  return { ...form.activity };
}
