import { describe, expect, it } from 'vitest';
import { loadContent } from '../../bot/knowledge/load';
import { KnowledgeBase } from '../../bot/knowledge/knowledge-base';
import { Glossary } from '../../bot/knowledge/glossary';
import { parseQuestion } from '../../bot/knowledge/query';
import { planQuery, rank, resolveConcepts } from '../../bot/knowledge/search';
import { scoreTerms } from '../../bot/knowledge/scoring';
import { FIELDS } from '../../bot/knowledge/index-builder';
import { FIXTURE_CONTENT, REAL_CONTENT } from '../helpers/bot';

const fixture = loadContent(FIXTURE_CONTENT);
const kb = KnowledgeBase.create(fixture);
const best = (q: string) => {
  const { decision } = kb.ask(q);
  return decision.kind === 'answer' ? decision.best.item.id : decision.kind;
};

describe('questions and the glossary', () => {
  const glossary = new Glossary(fixture.glossary);

  it('expands an acronym into what it stands for', () => {
    const [concept] = parseQuestion('what is SALT', glossary);
    expect(concept.glossary?.expansion).toBe('speech and language therapy');
    expect(concept.terms.map((t) => t.stem)).toEqual(expect.arrayContaining(['salt', 'speech', 'languag', 'therapi']));
  });

  it('treats a synonym as the same idea as its term', () => {
    const [a] = parseQuestion('SENCo', glossary);
    const [b] = parseQuestion('SENDCo', glossary);
    expect(a.glossary).toBe(b.glossary);
  });

  it('drops the words around a question', () => {
    expect(parseQuestion('Can you please tell me what the portal is?', glossary).map((c) => c.label)).toEqual(['portal']);
  });
});

describe('search', () => {
  it('answers an acronym with the item that spells it out', () => {
    expect(best('How long does an E3 application take?')).toBe('element-3-top-up-funding');
  });

  it.each([
    ['profesional portal', 'professionals-portal'],
    ['proffesionals portel', 'professionals-portal'],
    ['elemnt 3 fundign', 'element-3-top-up-funding'],
  ])('tolerates typos: %s', (q, id) => {
    expect(best(q)).toBe(id);
  });

  it('does not "correct" a real word into a different one', () => {
    expect(best('how do I get a council house')).toBe('decline');
  });

  it.each(['title:portal', 'portal~2', '+portal -funding', 'portal^10', 'port*', ':', '~', '^', '*', '-', '+'])(
    'never throws on lunr query syntax: %s',
    (q) => {
      expect(() => kb.ask(q)).not.toThrow();
    },
  );

  it.each(['When are the bin collections in Loughborough?', 'Who won the football last night?', 'pizza near the station', 'qwzxv plomb', ''])(
    'declines what it has no information about: %s',
    (q) => {
      expect(kb.ask(q).decision.kind).toBe('decline');
    },
  );

  it('prefers items for the person\'s area', () => {
    const { hits } = kb.ask('funding', { area: 'rutland' });
    const { hits: city } = kb.ask('funding', { area: 'leicester' });
    expect(city[0].score).toBeGreaterThan(hits[0].score);
  });
});

describe('query planning', () => {
  const sizes: Record<string, number> = { rare: 5, common: 5000 };
  const idx = { postingSize: (term: string) => sizes[term] ?? 0 };

  it('queries every term in every field on a small corpus', () => {
    const plan = planQuery(idx, [{ term: 'rare', boost: 1, df: 5 }]);
    expect(plan).toEqual([{ term: 'rare', boost: 1, fields: ['title', 'questions', 'tags', 'summary', 'body'] }]);
  });

  it('keeps a very common term out of the body on a large corpus, rarest first', () => {
    const plan = planQuery(idx, [
      { term: 'common', boost: 1, df: 5000 },
      { term: 'rare', boost: 1, df: 5 },
    ]);
    expect(plan.find((c) => c.term === 'rare')?.fields).toContain('body');
    expect(plan.find((c) => c.term === 'common')?.fields ?? []).not.toContain('body');
  });
});

describe('scoring without lunr.Index.query', () => {
  it('gives the same scores as lunr for the same terms', () => {
    const terms = ['portal', 'fund', 'element'].map((term, i) => ({ term, boost: 1 - i * 0.2, fields: FIELDS }));
    const ours = scoreTerms(kb.index, terms);
    const lunrs = kb.index.query((q) => {
      for (const t of terms) q.term(t.term, { usePipeline: false, boost: t.boost, fields: [...t.fields] });
    });
    expect(ours.length).toBeGreaterThan(0);
    expect(ours.map((r) => r.ref).sort()).toEqual(lunrs.map((r) => r.ref).sort());
    for (const r of lunrs) expect(ours.find((o) => o.ref === r.ref)!.score).toBeCloseTo(r.score, 6);
  });
});

describe('words that say where the person is', () => {
  it('does not count a town in Leicester, Leicestershire or Rutland as a name the content lacks', () => {
    const oakham = kb.ask('is there a parent group near oakham').resolved.find((r) => r.concept.label === 'oakham');
    expect(oakham?.absent).toBe('neutral');
    expect(oakham?.idf).toBe(0);
  });
});

describe('glossary names in the plural', () => {
  it('finds a glossary phrase typed in the plural', () => {
    const glossary = new Glossary([{ term: 'SEN unit', expansion: 'special educational needs unit', meaning: 'a class for pupils with SEN in a mainstream school.', synonyms: ['resource base'] }]);
    const [match] = glossary.find(['are', 'there', 'resource', 'bases', 'near', 'us']);
    expect(match?.entry.term).toBe('SEN unit');
    expect(glossary.find(['bases'])).toHaveLength(0);
  });
});

describe('the story choosing between items that answer', () => {
  const real = KnowledgeBase.create(loadContent(REAL_CONTENT));
  it('ranks first, of the items with the courses asked about, the one that fits the story', () => {
    const asked = resolveConcepts(real, parseQuestion('what courses are there', real.glossary));
    const story = resolveConcepts(real, parseQuestion('internal alternative provision network free training', real.glossary));
    expect(rank(real, asked, {}, 3, story)[0].item.id).toBe('iap-free-training');
  });
});

describe('a message that is only a subject', () => {
  const real = KnowledgeBase.create(loadContent(REAL_CONTENT));
  const options = (q: string) => {
    const { decision } = real.ask(q);
    return decision.kind === 'clarify' ? decision.options.map((h) => h.item.id) : [decision.kind];
  };

  it('asks which one when two everyday words name a subject several items are about', () => {
    expect(options('annual review')).toEqual(expect.arrayContaining(['ehcp-annual-review', 'ehcp-recovery-plan-leicestershire']));
    expect(options('special school')).toEqual(expect.arrayContaining(['harborough-area-special-school', 'special-school-place-shortage']));
  });

  it('asks which one for a glossary idea typed as a plain word, but not for an acronym with one home', () => {
    expect(options('autism')).toEqual(expect.arrayContaining(['autism-outreach-team', 'support-while-waiting-for-nd-assessment']));
    expect(options('SENIF')).toEqual(['answer']);
  });

  it('answers the same two words when they come with a question', () => {
    expect(real.ask('how often is the annual review').decision.kind).toBe('answer');
  });
});

describe('two questions in one message', () => {
  const real = KnowledgeBase.create(loadContent(REAL_CONTENT));
  it('answers the one whose everyday words together name an item ("health visitors")', () => {
    const { decision } = real.ask('who does the routine development checks for little ones, is that health visitors?');
    expect(decision.kind === 'answer' && decision.best.item.id).toBe('health-services-for-send-leicestershire');
  });
});

describe('an item with every idea of the question', () => {
  const real = KnowledgeBase.create(loadContent(REAL_CONTENT));
  it('goes before a close one that only says some of the words often', () => {
    const { decision, hits } = real.ask('his EHCP has to name a school, and we cannot tell what specialist places exist in leicestershire. is there a list?', { audience: 'parent' });
    expect(decision.kind === 'answer' && decision.best.item.id).toBe('spil-specialist-provision-in-leicestershire');
    expect(hits[0].item.id).not.toBe('spil-specialist-provision-in-leicestershire');
  });
});
