import type { Area, Audience } from '../knowledge/schema';
import { clauses } from './question-text';
import { isProfileStatement, profileOf } from '../knowledge/understanding/profile';
import { expandTextSpeak } from '../knowledge/understanding/text-speak';

export type Command = 'greeting' | 'thanks' | 'bye' | 'help' | 'handoff' | 'start-over' | 'change-area' | 'drop-ins';

const commands: { command: Command; re: RegExp }[] = [
  { command: 'start-over', re: /^(?:start (?:over|again)|restart|reset|clear|new conversation)$/ },
  { command: 'change-area', re: /^(?:change|switch|set|update) (?:my )?(?:area|location|council|region)$|^(?:wrong|different) area$/ },
  // The Teams app's "drop-ins" command, and the same few words typed anywhere.
  { command: 'drop-ins', re: /^(?:(?:upcoming |next |any )?(?:drop[- ]?ins?|drop[- ]?in sessions?|sessions|events)(?: (?:coming up|on|near me))?|what'?s on)$/ },
  { command: 'help', re: /^(?:help|help me|menu|options|what can you (?:do|help with)|what can i ask(?: you)?|how does this work|\?)$/ },
  {
    command: 'handoff',
    re: /^(?:(?:can|could|may) i )?(?:please )?(?:talk|speak|chat) (?:to|with) (?:a |an |some )?(?:real |actual )?(?:person|human|someone|somebody|adviser|advisor)(?: please)?$|^(?:i want|i need|i'?d like) (?:to (?:talk|speak) (?:to|with) )?(?:a |an )?(?:real |actual )?(?:person|human|someone|adviser|advisor)$|^(?:this|you) (?:is|are)n'?t helping$|^(?:this|you) (?:is|are) not helping$|^(?:human|agent|operator|person|real person)(?: please)?$|^(?:contact|phone|call) (?:someone|a person|sendiass)$/,
  },
  { command: 'greeting', re: /^(?:hi|hello|hiya|hey|good (?:morning|afternoon|evening)|hi there|hello there|morning|afternoon|evening)(?: there)?$/ },
  { command: 'thanks', re: /^(?:thanks?(?: you)?(?: very much| so much| a lot)?|thank u|ta|cheers|that'?s (?:great|helpful|brilliant|lovely)|brilliant|great|perfect|lovely)$/ },
  { command: 'bye', re: /^(?:bye|goodbye|good bye|see you|see ya|that'?s all|no thanks|done|finished)$/ },
];

const clean = (text: string) =>
  text
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[!.,?]+$/g, '')
    .replace(/[!.,]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * Things people say to the bot rather than ask it. A command must be (nearly) the whole
 * message, so "help with funding" is a question, not the "help" command.
 */
export function commandOf(text: string): Command | undefined {
  // Read as typed in text-speak too: "real person plz" is "real person please".
  const t = clean(expandTextSpeak(text));
  if (t === '?') return 'help';
  return commands.find((c) => c.re.test(t))?.command;
}

/** What a message tells us about the person: where they are and their role. */
export type ProfileFacts = { area?: Area; role?: Audience; impliedRole?: Audience; rest: string };

/** Pull "I live in Rutland" / "I'm a SENDCo" out of a message, leaving any question that follows. */
export function profileFacts(text: string): ProfileFacts {
  const { area, role, impliedRole } = profileOf(expandTextSpeak(text));
  if (!area && !role) return { impliedRole, rest: text };
  // Remove the statement clauses so what remains is the question, if any.
  const rest = clauses(text)
    .map((clause) => (isProfileStatement(expandTextSpeak(clause)) ? (afterLabel(clause) ?? '') : clause))
    .join(' ')
    .trim();
  return { area, role, impliedRole, rest };
}

/**
 * "rutland - short breaks?", "SENDCo here: E3 turnaround?", "(rutland) short breaks": a who or
 * where label, then the question, in one clause. The label is the statement; the question stays.
 */
function afterLabel(clause: string): string | undefined {
  const m = /^\s*([^-\u2013:()]{1,40}?\s*[-\u2013:]|\([^()]{1,30}\))\s*(.*\p{L}.*)$/u.exec(clause);
  if (!m || !isProfileStatement(expandTextSpeak(m[1])) || isProfileStatement(expandTextSpeak(m[2]))) return undefined;
  return m[2].trim();
}
