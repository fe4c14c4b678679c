import { describe, expect, it } from 'vitest';
import { loadContent } from '../../bot/knowledge/load';
import { KnowledgeBase } from '../../bot/knowledge/knowledge-base';
import { parseQuestion } from '../../bot/knowledge/query';
import { rank, resolveConcepts, type SearchIndex } from '../../bot/knowledge/search';
import { relatedWords } from '../../bot/knowledge/understanding/thesaurus';
import { REAL_CONTENT } from '../helpers/bot';

describe('other words for a word (WordNet)', () => {
  it('gives the words of its commonest sense, and for an adjective the opposite of its head sense', () => {
    expect(relatedWords('compulsory')).toEqual(expect.arrayContaining(['mandatory', 'required', 'optional']));
  });

  it('finds a word typed with an ending, in its main part of speech', () => {
    expect(relatedWords('drowning')).toContain('overwhelm');
    // "birth" is a noun: its verb sense ("have a baby") would bring in "have".
    expect(relatedWords('birth')).not.toContain('have');
    // "shoes" is the plural of "shoe", not WordNet's "in someone's shoes" (a place).
    expect(relatedWords('shoes')).not.toContain('place');
  });

  it('gives nothing for a word that is not English', () => {
    expect(relatedWords('qwzxv')).toEqual([]);
    expect(relatedWords('nottingham')).toEqual([]);
  });
});

describe('a word no item uses', () => {
  const real = KnowledgeBase.create(loadContent(REAL_CONTENT));
  /** The same index with no thesaurus: what search did before. */
  const without: SearchIndex = Object.create(real, { related: { value: undefined } });

  it('reaches the content\'s word for the same idea, and answers', () => {
    const { decision } = real.ask('is the SEND support plan compulsory');
    expect(decision.kind).toBe('answer');
    expect(decision.kind === 'answer' && decision.best.item.id).toBe('send-support-plan');
  });

  it('weighs what the absent word weighs, so an item without those words loses nothing', () => {
    const question = parseQuestion('is the SEND support plan compulsory', real.glossary);
    const [withWords, withoutWords] = [resolveConcepts(real, question), resolveConcepts(without, question)];
    const compulsory = (r: typeof withWords) => r.find((c) => c.concept.label === 'compulsory')!;
    expect(compulsory(withWords).terms.map((t) => t.term)).toContain('option');
    expect(compulsory(withWords).idf).toBe(compulsory(withoutWords).idf);
    expect(compulsory(withWords).absent).toBe(compulsory(withoutWords).absent);
    const coverage = (r: typeof withWords) => new Map(rank(real, r, {}, 30).map((h) => [h.item.id, h.coverage]));
    const [a, b] = [coverage(withWords), coverage(withoutWords)];
    for (const [id, c] of b) if (a.has(id)) expect(a.get(id)!).toBeGreaterThanOrEqual(c - 1e-9);
  });

  it('uses another word only when the content writes it, not a word that merely shares its stem', () => {
    // WordNet's "figurer" (a computer) stems like the content's "figures".
    expect(real.related('computer')).not.toContain('figur');
  });
});
