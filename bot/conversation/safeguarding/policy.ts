import { SAYS_SERIOUS } from './cues';

/**
 * The screener's crisis decision between the rules and the learned layer, in one place: screen.ts
 * and model.ts make it for the bot, and the trainer and the leave-one-author-out harness choose
 * the model's levels with the same function, so what they measure is what ships.
 */
export type CrisisPolicy = {
  /** The model alone raises a crisis at this probability when the message has some word of harm. */
  threshold: number;
  /** Below this the model overrules the rules' crisis (it becomes distress). */
  veto: number;
  /** The model alone raises a crisis without any word of harm at this probability (never below the threshold). */
  bare: number;
};

/**
 * What the decision reads of one message. `pWithoutQuestions` is the model's score for the message without its plain
 * questions (screen.ts withoutPlainQuestions), when it has any; a function is asked only when it matters.
 */
export type Judged = { ruleCrisis: boolean; p: number; evidence: boolean; serious: boolean; pWithoutQuestions?: number | (() => number | undefined) };

/**
 * Is the risk said in earnest, so that a low score does not overrule the rules? The writer says they are not joking ("im
 * not kidding", "i mean it"), or passes on what someone they know said of themselves ("my son told me he wants to kill
 * himself": a rule cue marked `told`, see people.ts knownPersonTellsHarm). A model trained on words may not talk down a
 * child's own words about wanting to die, whatever film or homework sits beside them. The writer's own words stay open to
 * the veto: "i want to kill myself, this revision lol" is the hyperbole it exists for.
 */
export const saysSerious = (normalised: readonly string[], cues: readonly { told?: boolean }[] = []): boolean =>
  cues.some((c) => c.told === true) || SAYS_SERIOUS.test(normalised.join(' . '));

/**
 * Does the model overrule the rules' crisis: it scores the message below the veto, the writer has not said they mean it,
 * and the message scores below the veto without its plain questions too. An ordinary SEND question beside the risk ("how
 * do we apply for an EHCP? she says she wants to die") pulls the whole message's score down; it must not talk the risk down.
 */
export function modelOverrules(policy: Pick<CrisisPolicy, 'veto'>, p: number, serious: boolean, pWithoutQuestions?: number | (() => number | undefined)): boolean {
  if (p >= policy.veto || serious) return false;
  const without = typeof pWithoutQuestions === 'function' ? pWithoutQuestions() : pWithoutQuestions;
  return without === undefined || without < policy.veto;
}

/** May the model raise a crisis on its own word; `evidence` (is there a word of harm) may be a function, asked only when it matters. */
export const modelRaises = (policy: CrisisPolicy, p: number, evidence: boolean | (() => boolean)): boolean =>
  p >= policy.threshold && (p >= Math.max(policy.bare, policy.threshold) || (typeof evidence === 'function' ? evidence() : evidence));

/** Crisis: the rules' crisis the model does not overrule, or the model's own. */
export const decidesCrisis = (policy: CrisisPolicy, j: Judged): boolean => (j.ruleCrisis && !modelOverrules(policy, j.p, j.serious, j.pWithoutQuestions)) || modelRaises(policy, j.p, j.evidence);
