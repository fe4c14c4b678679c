import { createRequire } from 'node:module';
import type * as AdaptiveCards from 'adaptivecards';

/**
 * Microsoft's own Adaptive Cards library (the one Web Chat renders cards with) as a
 * validator: a card is parsed as a 1.5 host would parse it, and every parse and validation
 * event (unknown element or action, a value not allowed for a property, an element newer
 * than 1.5, a missing required property) is a problem. Loaded from its UMD build because
 * its ES build does not load in Node.
 */
const AC = createRequire(__filename)('adaptivecards/dist/adaptivecards.js') as typeof AdaptiveCards;

/** Every problem the library finds in a card, as "EventName: message"; empty when valid. */
export function adaptiveCardProblems(card: unknown): string[] {
  const problems: string[] = [];
  const content = card as { type?: unknown; version?: unknown };
  if (content?.type !== 'AdaptiveCard') problems.push('type is not AdaptiveCard');
  if (content?.version !== '1.5') problems.push(`version is ${String(content?.version)}, not 1.5`);
  const context = new AC.SerializationContext(AC.Versions.v1_5);
  const parsed = new AC.AdaptiveCard();
  parsed.parse(card as object, context);
  for (let i = 0; i < context.eventCount; i++) {
    const e = context.getEventAt(i);
    problems.push(`${AC.ValidationEvent[e.event]}: ${e.message}`);
  }
  for (const e of parsed.validateProperties().validationEvents) problems.push(`${AC.ValidationEvent[e.event]}: ${e.message}`);
  return problems;
}

/** Every TextBlock's text and every action in a card, however deeply nested (ShowCard too). */
export function cardParts(card: unknown): { texts: string[]; actions: { type: string; title?: string }[] } {
  const texts: string[] = [];
  const actions: { type: string; title?: string }[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const o = node as Record<string, unknown>;
      if (o.type === 'TextBlock' && typeof o.text === 'string') texts.push(o.text);
      if (o.type === 'FactSet' && Array.isArray(o.facts)) for (const f of o.facts as { title: string; value: string }[]) texts.push(f.title, f.value);
      if (typeof o.type === 'string' && o.type.startsWith('Action.')) actions.push(o as { type: string; title?: string });
      Object.values(o).forEach(walk);
    }
  };
  walk(card);
  return { texts, actions };
}
