/**
 * Every number that decides what search ranks first and when the bot answers, in one place.
 * Calibrate with `npm run calibrate` (tests/questions/ and tests/questions/realistic/tune.json)
 * after changing any of them or adding much content.
 */

/**
 * Every weight in ranking, in one place, so calibration changes numbers here and nowhere
 * else. Re-run `npm run calibrate` after changing one.
 */
export const RANKING = {
  /** Final score = lunr score × (coverageFloor + coverage) × …: an item matching none of the ideas keeps a little of its score. */
  coverageFloor: 0.25,
  /** …raised to this power: how much covering the whole question outweighs lunr's raw score. */
  coveragePower: 1.25,
  /** … × (strongFloor + strongCoverage × strongWeight): ideas found in the title, questions, tags or summary count extra. */
  strongFloor: 0.75,
  strongWeight: 0.5,
  /** … × (1 + phraseBonus × phrases): words standing together in the question and in the title ("SEND support plan"). */
  phraseBonus: 0.3,
  /** Share of a concept's credit when it was found only by correcting its spelling: a guess counts for less. */
  correctedCredit: 0.7,
  /** lunr boost for a spelling correction, relative to the word as typed. */
  correctedBoost: 0.6,
  /** lunr boost for another word with the same meaning (WordNet) as a word no item uses, relative to the word as typed. */
  relatedBoost: 0.6,
  /** Words shorter than this are not looked up in WordNet: short ones are mostly names or clipped words ("sue", "wed" for "we'd"). */
  minRelatedLength: 5,
  /** Most spelling corrections tried per word: more only slows the query and adds noise. */
  maxFuzzy: 3,
  /** Words typed shorter than this are never spelling-corrected ("ot" is not a typo for "of"). */
  minCorrectLength: 4,
  /** lunr boost for the story's words (context), relative to the question's own words. */
  contextBoost: 0.3,
  /** The same, when the question's own words are all everyday ones ("how short are they really?"): the story says what it is about. */
  vagueContextBoost: 1,
  /**
   * How much a word taken from the statement before a question with no topic of its own counts
   * against an item that lacks it, relative to the question's own words (it counts fully for one
   * that has it): "… HI and SLCN DSP routes. is there one school that has both?".
   */
  nearShare: 0.7,
  /** A word this common in the content (idf below this: in about one item in six or more) names no topic of its own. */
  generalIdf: 1.7,
  /** … × (1 + storyBonus × share of the story's ideas the item has): the story helps choose between items that answer. */
  storyBonus: 0.2,
  /** Share of a story idea's weight added to both sides of coverage when an item matches it. */
  contextShare: 1,
  /** Everyday words at or above this SUBTLEX rank are "common": neutral when the content never uses them. */
  commonRank: 20000,
  /**
   * An everyday word no item uses ("recycling") weighs this share of an unknown name: it says
   * less than a name, but a question full of words the content never uses is about something else.
   */
  neutralShare: 0.6,
  /** How many lunr results are re-scored for coverage, at least. */
  rescoreAtLeast: 30,
  /** How much each name of a glossary concept counts: what was typed, the term, its expansion, a synonym. */
  glossaryTyped: 1,
  glossaryTerm: 0.9,
  glossaryExpansion: 0.8,
  glossarySynonym: 0.7,
  /** Share of a name's words an item must contain to count as naming the concept. */
  nameMatch: 0.6,
  /** Preferences: the person's own area, another area only, their audience or not, the kind of item they want. */
  ownArea: 1.15,
  otherAreaOnly: 0.8,
  ownAudience: 1.05,
  otherAudience: 0.9,
  preferredKind: 1.3,
  /** An item that has the field the question asks for ("who do I email" and the item has a contact). */
  hasAskedField: 1.2,
} as const;

/**
 * When to answer, when to ask which one, when to say "I don't know". Calibrated with
 * `npm run calibrate` on the project's question sets (281 answerable, 60 out-of-scope, 182
 * items, November 2026): answerable questions' best items cover 0.60 or more of the question,
 * out-of-scope ones 0.54 or less (one outlier aside), so the line sits between the two.
 * Re-run it after changing search or adding much content.
 */
export const CONFIDENCE = {
  /**
   * The best item must match at least this share of the question's meaning. 0.55 (was 0.56):
   * on calibrate's grid (1,120 answerable, 257 out-of-scope, December 2026) it answers 3 more
   * right and no more out of scope; the scope rules (understanding/scope.ts) decline the
   * look-alikes above it. The margin is thin: the nearest out-of-scope question in tune.json
   * scores 0.549.
   */
  minCoverage: 0.55,
  /** …and this share in its title, questions, tags or summary, not only deep in the body. */
  minStrongCoverage: 0.35,
  /** Ask which one when the runner-up scores at least this fraction of the best… */
  clarifyRatio: 0.9,
  /** …and offer every confident item scoring at least this fraction of the best, so no route is missed. */
  clarifyWideRatio: 0.5,
  /** …and the question is this short (in concepts): long questions carry enough to choose. */
  clarifyMaxConcepts: 1,
  /** …or this short when the message is a topic alone ("annual review", "special school"): with no question or story, two words name a subject, not one thing. */
  clarifyMaxTopicConcepts: 2,
  /** Most choices offered when asking which one (answering orders them and keeps the first five). */
  clarifyOptions: 12,
  /**
   * Below confidence, an item matching at least this share (and with no word naming something
   * the content never mentions) is offered as "did you mean…" rather than a flat decline.
   */
  suggestCoverage: 0.45,
  /**
   * A parent is not answered with a professionals-only item when an item written for parents
   * scores at least this fraction of it (and the same the other way round).
   */
  audienceSwapRatio: 0.75,
  /** An item with every idea of the question goes first when it is among the next this many, has this much more coverage, and scores at least this fraction of the first. */
  wholeLookahead: 3,
  wholeMargin: 0.15,
  wholeRatio: 0.75,
  /** …and what it has more of includes a word rarer than this everyday rank (or a glossary name or number). */
  wholeNamingRank: 3000,
  /** Most items offered as "did you mean…". */
  suggestOptions: 3,
} as const;

/** Most related items offered with an answer (staff-chosen first, then search's runners-up). */
export const RELATED_LIMIT = 3;
