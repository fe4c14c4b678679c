import type { KnowledgeBase } from '../knowledge/knowledge-base';
import type { Decision } from '../knowledge/decide';
import type { Hit, Preferences } from '../knowledge/search';
import type { Area, Item } from '../knowledge/schema';
import type { QuestionType } from '../knowledge/understanding/question-type';
import { sessionTimes } from '../knowledge/dates';
import { CONFIDENCE, RELATED_LIMIT } from '../knowledge/tuning';
import { coversQuestion } from '../knowledge/understanding/scope';
import { composeAnswer } from './compose';
import { distinctFirst } from './distinct-choices';
import { declineReply } from './decline';
import { contactLine, handoffItems, sendiassFor } from './handoff';
import { message, type Button, type Reply } from './reply';
import { areaName } from './small-talk';

export type AnswerContext = {
  now: Date;
  publicUrl: string;
  /** The item last answered in this conversation: a bare "do I need to book?" is about it. */
  lastItem?: string;
  /** What was asked before it, so "is there one for parents?" is read with it. */
  lastQuery?: string;
};


/** The facts (by label, as compose writes them) that answer each type of question. */
const LEAD_FACTS: Record<QuestionType, string[]> = {
  when: ['How long it takes', 'Next date', 'Next dates', 'Dates', 'When'],
  eligibility: ['Who can use it', 'Who is eligible'],
  apply: ['How to submit', 'What to prepare', 'Talk to first'],
  booking: ['Booking'],
  place: ['Where'],
  cost: ['Booking'],
  contact: ['Contact'],
};

/** From a question to what the bot says: an answer, a "which one?", a "did you mean…?" or an honest decline. */
export function replyToQuestion(kb: KnowledgeBase, question: string, prefs: Preferences, ctx: AnswerContext): { reply: Reply; decision: Decision } {
  let asked = kb.ask(question, prefs);
  const last = ctx.lastItem ? kb.byId.get(ctx.lastItem) : undefined;
  const aboutLast = (item: Item) => {
    const best: Hit = { item, score: 1, raw: 1, coverage: 1, strongCoverage: 1, matched: [] };
    const lead = asked.understanding.type ? LEAD_FACTS[asked.understanding.type] : undefined;
    return { decision: { kind: 'answer', best, related: [] } as Decision, reply: composeAnswer(item, { ...ctx, question, type: asked.understanding.type, lead, related: relatedItems(kb, item, []) }) };
  };
  // "How long will it take?" names no topic: it is about what we just talked about.
  if (last && asked.bare && asked.understanding.type && !asked.understanding.task) return aboutLast(last);
  // A follow-up ("is there one for parents?", "how does it work?") is read with what came before.
  if (ctx.lastQuery && (asked.bare || asked.understanding.refersBack) && !asked.understanding.task) {
    const together = kb.ask(question, prefs, ctx.lastQuery);
    // Read with what came before, a bare follow-up that could mean several things, one of them
    // what we just answered ("what can we do while we wait"), is most likely about that one.
    if (last && asked.bare && together.decision.kind === 'clarify' && together.decision.options.some((h) => h.item.id === last.id)) return aboutLast(last);
    // "Can his secondary do it?": asked of "it" with nothing new to find, it is about the last answer.
    if (last && asked.bare && asked.understanding.aboutIt && together.decision.kind !== 'answer') return aboutLast(last);
    if (together.decision.kind === 'answer' || asked.decision.kind !== 'answer') asked = together;
  }
  const { concepts, understanding } = asked;
  const lead = understanding.type ? LEAD_FACTS[understanding.type] : undefined;
  let decision = forArea(forAudience(asked.decision, prefs), prefs);
  switch (decision.kind) {
    case 'answer': {
      const item = decision.best.item;
      // "How do I apply for free school meals?" matched an item that only mentions them: an
      // item that does not cover what was asked is not an answer, however well it scored.
      if (!coversQuestion(item, understanding, kb.glossary, [...asked.resolved, ...asked.context])) {
        decision = { kind: 'decline', nearest: [decision.best], reason: 'weak match' };
        return { decision, reply: declineReply(sendiassFor(kb, prefs.area), ctx.publicUrl, prefs.area !== undefined) };
      }
      const people = understanding.type === 'contact' ? contactsFor(kb, item, decision.related) : [];
      return {
        decision,
        reply: composeAnswer(item, { ...ctx, concepts, question, topic: understanding.topic, type: understanding.type, lead, people, note: areaNote(item, prefs.area), related: relatedItems(kb, item, decision.related.map((h) => h.item)) }),
      };
    }
    case 'clarify': {
      decision = { kind: 'clarify', options: currentFirst(decision.options, ctx.now, prefs.audience) };
      return {
        decision,
        reply: message('clarify', 'I have a few things about that. Which one do you mean?', decision.options.map(choice)),
      };
    }
    case 'suggest': {
      // "Did you mean…" offers only items about what was asked: not another council's, not a look-alike.
      const options = decision.options.filter((h) => coversQuestion(h.item, understanding, kb.glossary, [...asked.resolved, ...asked.context]));
      if (options.length === 0) {
        decision = { kind: 'decline', nearest: decision.options, reason: 'weak match' };
        return { decision, reply: declineReply(sendiassFor(kb, prefs.area), ctx.publicUrl, prefs.area !== undefined) };
      }
      decision = { kind: 'suggest', options: currentFirst(options, ctx.now, prefs.audience) };
      return { decision, reply: suggestReply(kb, decision.options, prefs.area) };
    }
    case 'decline':
      return { decision, reply: declineReply(sendiassFor(kb, prefs.area), ctx.publicUrl, prefs.area !== undefined) };
  }
}

/** Most people's contact details added to one answer. */
const PEOPLE_LIMIT = 2;

const reachable = (i: Item) => Boolean(i.contact?.email || i.contact?.phone);

/** "Fay Bayliss" from "Fay Bayliss, Director, LLR SEND & Inclusion Alliance": a person's name, not a team's. */
const personName = (i: Item): string | undefined => {
  const first = i.contact?.name?.split(',')[0].trim();
  return first && /^[A-Z][a-z'-]+(?: [A-Z][a-z'-]+){1,2}$/.test(first) ? first : undefined;
};

/**
 * Whom to contact, for a question asking who to contact, when the answer has no email or
 * phone of its own: the people it names who have a contact entry ("Directors: Fay Bayliss and
 * Mark Roberts"), or else the best-matching contact entry among the other hits.
 */
function contactsFor(kb: KnowledgeBase, item: Item, others: readonly Hit[]): Item[] {
  if (item.kind === 'contact' || reachable(item)) return [];
  const text = `${item.summary}\n${item.body}`;
  const named = kb.items.filter((i) => i.kind === 'contact' && reachable(i) && i.id !== item.id && personName(i) !== undefined && text.includes(personName(i)!));
  if (named.length) return named.slice(0, PEOPLE_LIMIT);
  const hit = others.find((h) => h.item.kind === 'contact' && reachable(h.item));
  return hit ? [hit.item] : [];
}

/** A parent gets the item written for parents (and school staff theirs) when one nearly as good fits. */
function forAudience(decision: Decision, prefs: Preferences): Decision {
  const audience = prefs.audience;
  if (decision.kind !== 'answer' || !audience || decision.best.item.audiences.includes(audience)) return decision;
  const fit = decision.related.find((h) => h.item.audiences.includes(audience) && h.score >= decision.best.score * CONFIDENCE.audienceSwapRatio);
  if (!fit) return decision;
  return { kind: 'answer', best: fit, related: [decision.best, ...decision.related.filter((h) => h !== fit)] };
}

/**
 * A service described for everyone with no way to reach it ("SENDIASS: every council has one")
 * gives way to the person's own area's entry for the same service (they share a tag) that has
 * a contact: they asked in order to reach someone.
 */
function forArea(decision: Decision, prefs: Preferences): Decision {
  const area = prefs.area;
  if (decision.kind !== 'answer' || !area) return decision;
  const best = decision.best.item;
  if (best.kind !== 'contact' || best.contact !== undefined || best.areas.includes(area)) return decision;
  const names = new Set(best.tags.map((t) => t.toLowerCase()));
  const own = decision.related.find((h) => h.item.kind === 'contact' && h.item.contact !== undefined && h.item.areas.includes(area) && h.item.tags.some((t) => names.has(t.toLowerCase())));
  if (!own) return decision;
  return { kind: 'answer', best: own, related: [decision.best, ...decision.related.filter((h) => h !== own)] };
}

const choice = (h: Hit): Button => ({ kind: 'action', title: h.item.title, data: { action: 'show', id: h.item.id, from: 'clarify' } });

/** "I'm not sure I've understood": the plausible items to tap, and a person to ask. */
function suggestReply(kb: KnowledgeBase, options: readonly Hit[], area: Area | undefined): Reply {
  const people = handoffItems(kb, area).slice(0, 1);
  const lines = ["I'm not sure I've understood. Did you mean one of these?", ...options.map((h) => `- ${h.item.title}`)];
  for (const item of people) {
    const how = contactLine(item);
    lines.push(`If none of these is right, **${item.title}** can help${how ? `: ${how}` : ''}.`);
  }
  if (people.length === 0) lines.push('If none of these is right, SENDIASS (the SEND Information, Advice and Support Service) for your area can help.');
  return message('suggest', lines.join('\n\n'), [...options.map(choice), { kind: 'say', title: 'Talk to a person', text: 'Talk to a person' }]);
}

/** When only another area's information exists, say so plainly. */
function areaNote(item: Item, area: Area | undefined): string | undefined {
  if (!area || item.areas.some((a) => a === area || a === 'llr' || a === 'national')) return undefined;
  const theirs = item.areas.filter((a) => a !== 'llr' && a !== 'national').map((a) => areaName(a));
  return `I don't have this for ${areaName(area)}; this information is for ${theirs.join(' and ')}.`;
}

/** Whether an item is still something a person can use: not closed, and a session with dates to come. */
function isCurrent(item: Item, now: Date): boolean {
  if (item.tags.some((t) => /^(?:closed|ended|finished)$/i.test(t)) || /\((?:closed|ended)\b/i.test(item.title)) return false;
  if (item.kind === 'session' && !item.recurrence && sessionTimes(item, now).upcoming.length === 0) return false;
  return true;
}

/** Most choices shown when asking which one. */
export const CHOICES_LIMIT = 5;
/** Of those, at most this many are routes (forms, services, sessions, contacts), so an explanation still fits. */
const ROUTE_CHOICES = 4;

/**
 * Choices to offer: the routes a person can take first (a form, a service, a session), then
 * other current items, and closed or past ones only last. Within each group, items for the
 * person's audience first, and one from each part of the content in turn, so the choices
 * cover the different things a word means rather than five versions of one.
 */
function currentFirst(hits: readonly Hit[], now: Date, audience?: Preferences['audience']): Hit[] {
  const forThem = (h: Hit) => (!audience || h.item.audiences.includes(audience) ? 0 : 1);
  const current = hits.filter((h) => isCurrent(h.item, now)).sort((a, b) => forThem(a) - forThem(b));
  const routes = spread(current.filter((h) => h.item.kind !== 'article')).slice(0, ROUTE_CHOICES);
  const others = spread(current.filter((h) => !routes.includes(h)));
  return distinctFirst([...routes, ...others, ...hits.filter((h) => !current.includes(h))]).slice(0, CHOICES_LIMIT);
}

/** Round-robin over content folders, keeping ranking order within each. */
function spread(hits: readonly Hit[]): Hit[] {
  const groups = new Map<string, Hit[]>();
  for (const h of hits) {
    const folder = h.item.file.split('/')[0];
    groups.set(folder, [...(groups.get(folder) ?? []), h]);
  }
  const out: Hit[] = [];
  for (let i = 0; out.length < hits.length; i++) for (const g of groups.values()) if (g[i]) out.push(g[i]);
  return out;
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
  return out.slice(0, RELATED_LIMIT);
}
