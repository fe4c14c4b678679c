import type { TurnContext } from 'botbuilder';

/** Longest question we read; anything after this is not part of a question to a help bot. */
export const MAX_QUESTION_CHARS = 1000;

/** The person's words, with control characters removed and length bounded. */
export function questionText(context: TurnContext): string {
  const raw = typeof context.activity.text === 'string' ? context.activity.text : '';
  return raw
    .slice(0, MAX_QUESTION_CHARS * 4)
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_QUESTION_CHARS);
}

/**
 * A message split into clauses: at punctuation, and before "and/but/so" when a question
 * follows ("I live in Rutland and what…"). Lets a statement or a disclosure be set aside
 * while the question beside it is still answered.
 */
export function clauses(text: string): string[] {
  return text.split(/(?<=[.!?,;])\s+|\s+(?:and|but|so)\s+(?=(?:what|how|where|when|who|is|are|can|could|do|does|i need|tell)\b)/i);
}
