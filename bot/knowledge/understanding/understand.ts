import { removeIdioms } from '../idioms';
import { splitClauses } from './clauses';
import { profileOf, isProfileStatement, type Profile } from './profile';
import { questionType, type QuestionType } from './question-type';
import { expandTextSpeak } from './text-speak';

/**
 * A message read the way a person would read it: which part is the question, which part is
 * the story around it, what kind of answer is wanted, and what it says about who is asking.
 * Pure: text in, understanding out.
 */
export type Understanding = {
  /** The question's own words, with idioms and "how long / who do I email" taken out: what must be answered. */
  topic: string;
  /** The story around the question: it helps choose an item but does not count against one. */
  context: string;
  /** What the question asks about an item ("when", "contact"…), if it says. */
  type?: QuestionType;
  profile: Profile;
  /** Everyday idioms set aside before searching, as typed. */
  idioms: string[];
};

const PHASE_WORDS: Record<NonNullable<Profile['phase']>, string> = {
  'early years': 'early years',
  primary: 'primary',
  secondary: 'secondary',
  'post 16': 'post 16',
};

export function understand(message: string): Understanding {
  const { text, found } = removeIdioms(message);
  const tidy = expandTextSpeak(text);
  const profile = profileOf(tidy);
  const clauses = splitClauses(tidy).filter((c) => !isProfileStatement(c.text));
  const asked = clauses.some((c) => c.question) ? clauses.filter((c) => c.question) : clauses;
  const story = clauses.filter((c) => !asked.includes(c));
  let type: QuestionType | undefined;
  const topic: string[] = [];
  for (const clause of asked) {
    const q = questionType(clause.text);
    type ??= q.type;
    topic.push(q.rest);
  }
  const context = story.map((c) => c.text);
  if (profile.phase) context.push(PHASE_WORDS[profile.phase]);
  return { topic: topic.join(' . '), context: context.join(' . '), type, profile, idioms: found };
}
