import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { screen } from '../../bot/conversation/safeguarding';
import { CrisisModel, crisisModel, describeFeature, ModelFileSchema, type ModelFile } from '../../bot/conversation/safeguarding/model';
import { staleness } from '../../bench/train-safeguarding';

// Messages written for these tests, in no evaluation set.
const UNRULED = [
  'i keep looking at the viaduct on my walk and thinking how quick it would be',
];

describe('safeguarding learned layer', () => {
  it('raises crisis for a phrasing no rule cue covers, and says which features decided', () => {
    for (const message of UNRULED) {
      expect(screen(message, { model: null }).tier).not.toBe('crisis');
      const s = screen(message);
      expect(s.tier).toBe('crisis');
      const cue = s.cues.find((c) => c.id === 'model');
      expect(cue?.text).toMatch(/^model [01]\.\d\d: \S/);
    }
  });

  it('leaves an idiom with a SEND question alone', () => {
    for (const message of [
      'this annual review paperwork is actually killing me lol, when is it due?',
      'i could murder a cup of tea after that tribunal hearing, what happens next?',
    ]) {
      expect(screen(message).tier).toBe('none');
    }
  });

  it('hears a medicine it was never shown through its WordNet concept', () => {
    const m = crisisModel();
    expect(m.features([' i took all the amitriptyline '])).toContain('c:medicine');
    expect(m.features([' i took all the amitriptyline '])).not.toContain('c:!medicine');
    expect(m.features([' i am not dying '])).toContain('c:!dying');
  });

  it('scores a message in the bot as the trainer scores its list of features, a repeated word counting once', () => {
    const m = crisisModel();
    const rules = { tier: 'crisis', scores: { suicide: 0.7 }, cues: [{ id: 'kill-self' }], boosters: [], idioms: [] };
    for (const clauses of [
      [' i have been saving my tablets ', ' i have been saving my tablets and i have been saving them for a while '],
      [' he keeps saying he wants to die ', ' what does the ehcp say about his sen support '],
    ]) {
      for (const view of [undefined, rules]) {
        const bot = m.judge(clauses, view);
        const trainer = m.judgeFeatures(m.features(clauses, view));
        expect(bot.p).toBeCloseTo(trainer.p, 12);
        expect(bot.crisis).toBe(trainer.crisis);
      }
    }
  });

  it('names features as staff read them', () => {
    expect(describeFeature('b:no_point')).toBe('no point');
    expect(describeFeature('c:medicine')).toBe('[medicine]');
    expect(describeFeature('p:dying+who-self')).toBe('[dying+who-self]');
    expect(describeFeature('w:!aliv')).toBe('not aliv');
  });

  it('is up to date with the tune set (otherwise: npm run train:safeguarding)', () => {
    expect(staleness()).toBeUndefined();
  });

  it('tells staff to retrain when the tune set changes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sg-model-'));
    const tune = join(dir, 'tune.json');
    copyFileSync(join('tests', 'safeguarding-set', 'tune.json'), tune);
    writeFileSync(tune, `${readFileSync(tune, 'utf8')} `);
    expect(staleness(tune)).toMatch(/npm run train:safeguarding/);
  });
});

/** A hand-made model file: every message gets the same probability, so the screener's policy can be tested alone. */
function fixedModel(p: number, threshold: number, veto: number, bare = 2): CrisisModel {
  const file: ModelFile = {
    version: 1,
    trainedOn: { file: 'none', sha256: '0', cases: 0 },
    options: { bigrams: false, negation: false, pairs: false, rules: true },
    threshold,
    veto,
    bare,
    lambda: 0,
    bias: Math.log(p / (1 - p)),
    weights: {},
    categories: ['third-party'],
    head: { bias: [0], weights: {} },
    concepts: { medicine: ['tablet'] },
  };
  return new CrisisModel(ModelFileSchema.parse(file));
}

describe('safeguarding policy between rules and model', () => {
  it('turns a rule crisis the model scores below its veto into distress, and says so', () => {
    const s = screen('i want to kill myself', { model: fixedModel(0.01, 0.9, 0.05) });
    expect(s.tier).toBe('distress');
    expect(s.cues[0].id).toBe('model-overruled');
    expect(screen('i want to kill myself', { model: fixedModel(0.1, 0.9, 0.05) }).tier).toBe('crisis');
  });

  it('raises a crisis on the model alone only when the message names some harm', () => {
    const sure = fixedModel(0.99, 0.9, 0);
    expect(screen('i dont want a bot, i want to speak to a person', { model: sure }).tier).toBe('none');
    expect(screen('ive got a box of tablets here', { model: sure }).tier).toBe('crisis');
  });

  it('raises a crisis that names no harm only when the model is much surer than its threshold', () => {
    const farewell = 'ive sorted out who has the dog and where my bank cards are, its all in order now';
    expect(screen(farewell, { model: fixedModel(0.93, 0.85, 0, 0.95) }).tier).toBe('none');
    expect(screen(farewell, { model: fixedModel(0.97, 0.85, 0, 0.95) }).tier).toBe('crisis');
    // A sure score with a harm word is raised as before; a bare level below the threshold does not lower it.
    expect(screen('ive got a box of tablets here', { model: fixedModel(0.9, 0.85, 0, 0.95) }).tier).toBe('crisis');
    expect(screen(farewell, { model: fixedModel(0.8, 0.85, 0, 0.5) }).tier).toBe('none');
  });
});
