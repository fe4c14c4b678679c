/**
 * What the screener can recognise, grounded in recognised frameworks: the Columbia Suicide
 * Severity Rating Scale's ladder (wish to be dead … preparatory behaviour), non-suicidal
 * self-injury, eating-disorder harm, the four kinds of child abuse in Working Together to
 * Safeguard Children, domestic abuse, online grooming and exploitation, a missing child,
 * immediate danger, a dependant at risk from the speaker, and someone else's warning signs.
 */
export const CRISIS_CATEGORIES = [
  'wish-to-be-dead',
  'passive-ideation',
  'active-ideation',
  'method',
  'intent',
  'plan',
  'preparatory',
  'method-seeking',
  'third-party',
  'self-injury',
  'eating-disorder',
  'abuse-physical',
  'abuse-sexual',
  'abuse-emotional',
  'neglect',
  'domestic-abuse',
  'grooming-exploitation',
  'child-missing',
  'immediate-danger',
  'dependant-at-risk',
] as const;

export type CrisisCategory = (typeof CRISIS_CATEGORIES)[number];
export type Category = CrisisCategory | 'distress';
export type Tier = 'crisis' | 'distress' | 'none';

/** Cues are scored in families: a family's cues add up, and its score decides the tier. */
export type Family = 'suicide' | 'self-injury' | 'eating' | 'abuse' | 'domestic' | 'online' | 'missing' | 'danger' | 'dependant' | 'distress';

/** The C-SSRS ladder, lowest first: a message is placed on the highest rung it reaches. */
export const LADDER: readonly CrisisCategory[] = ['wish-to-be-dead', 'passive-ideation', 'active-ideation', 'method', 'intent', 'plan', 'preparatory'];

/** When two families both reach crisis, the more urgent one decides the first reply. */
export const URGENCY: readonly Family[] = ['danger', 'missing', 'dependant', 'suicide', 'domestic', 'abuse', 'online', 'self-injury', 'eating'];

/** Score at which a family means crisis. */
export const CRISIS_SCORE = 1;
/** Score at which a partial suicide signal (hopelessness, "what's the point") is distress. */
export const DISTRESS_SCORE = 0.45;
