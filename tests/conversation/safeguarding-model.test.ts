import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { screen } from '../../bot/conversation/safeguarding';
import { crisisModel, describeFeature } from '../../bot/conversation/safeguarding/model';
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
