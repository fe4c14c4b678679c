import { describe, expect, it } from 'vitest';
import { decidesCrisis, saysSerious } from '../../bot/conversation/safeguarding/policy';
import { hear, screen, withoutPlainQuestions } from '../../bot/conversation/safeguarding/screen';

// The trainer and the leave-one-author-out harness choose the model's levels with this decision, so it must be the bot's.
const policy = { threshold: 0.9, veto: 0.4, bare: 0.95 };

describe('the crisis decision the trainer shares with the bot', () => {
  it('lets a low score overrule a rule crisis, unless the writer says they are not joking', () => {
    const joking = hear('lol i want to die this homework').normalised;
    const serious = hear('i want to die and im not joking').normalised;
    expect(saysSerious(joking)).toBe(false);
    expect(saysSerious(serious)).toBe(true);
    expect(decidesCrisis(policy, { ruleCrisis: true, p: 0.1, evidence: true, serious: saysSerious(joking) })).toBe(false);
    expect(decidesCrisis(policy, { ruleCrisis: true, p: 0.1, evidence: true, serious: saysSerious(serious) })).toBe(true);
  });

  it("does not let a low score overrule someone's own words about wanting to die, even with a film beside them", () => {
    const told = screen('after we watched the film my son told me he wants to kill himself', { model: null });
    const topic = screen('in the film we watched the dad kills himself at the end', { model: null });
    expect(told.cues.some((c) => c.told)).toBe(true);
    expect(topic.cues.some((c) => c.told)).toBe(false);
    expect(saysSerious(hear('after we watched the film my son told me he wants to kill himself').normalised, told.cues)).toBe(true);
    expect(decidesCrisis(policy, { ruleCrisis: true, p: 0.1, evidence: true, serious: saysSerious([], told.cues) })).toBe(true);
  });

  it('raises the model alone without a word of harm only at the bare level', () => {
    expect(decidesCrisis(policy, { ruleCrisis: false, p: 0.92, evidence: true, serious: false })).toBe(true);
    expect(decidesCrisis(policy, { ruleCrisis: false, p: 0.92, evidence: false, serious: false })).toBe(false);
    expect(decidesCrisis(policy, { ruleCrisis: false, p: 0.96, evidence: false, serious: false })).toBe(true);
  });

  it('does not let an ordinary SEND question beside a disclosure talk the disclosure down', () => {
    const heard = hear('how do we apply for an ehcp? my daughter says she wants to kill herself');
    // The cue fired in the second clause; the first only asks an ordinary question, so the veto also reads the message without it.
    const kept = withoutPlainQuestions(heard, [{ clause: heard.normalised.length - 1 }]);
    expect(kept).toEqual([heard.normalised.at(-1)]);
    const judged = { ruleCrisis: true, p: 0.2, evidence: true, serious: false };
    expect(decidesCrisis(policy, judged)).toBe(false);
    expect(decidesCrisis(policy, { ...judged, pWithoutQuestions: 0.7 })).toBe(true);
    expect(decidesCrisis(policy, { ...judged, pWithoutQuestions: 0.1 })).toBe(false);
  });

  it('reads the whole message when no clause is only an ordinary question', () => {
    const heard = hear('she says she wants to kill herself');
    expect(withoutPlainQuestions(heard, [{ clause: 0 }])).toBeUndefined();
  });
});
