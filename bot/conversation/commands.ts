import type { Area, Audience } from '../knowledge/schema';
import { clauses } from './question-text';

export type Command = 'greeting' | 'thanks' | 'bye' | 'help' | 'handoff' | 'start-over' | 'change-area';

const commands: { command: Command; re: RegExp }[] = [
  { command: 'start-over', re: /^(?:start (?:over|again)|restart|reset|clear|new conversation)$/ },
  { command: 'change-area', re: /^(?:change|switch|set|update) (?:my )?(?:area|location|council|region)$|^(?:wrong|different) area$/ },
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
  const t = clean(text);
  if (t === '?') return 'help';
  return commands.find((c) => c.re.test(t))?.command;
}

/** What a message tells us about the person: where they are and their role. */
export type ProfileFacts = { area?: Area; role?: Audience; rest: string };

/** Place names people use for each area (towns included, because people say where they live). */
const areaNames: { area: Area; names: string }[] = [
  { area: 'rutland', names: 'rutland|oakham|uppingham' },
  { area: 'leicestershire', names: 'leicestershire|the county|loughborough|hinckley|market harborough|harborough|melton(?: mowbray)?|coalville|lutterworth|wigston|oadby|ashby(?:-de-la-zouch)?|blaby|charnwood' },
  { area: 'leicester', names: 'leicester city|the city of leicester|leicester(?!shire)|the city' },
];

/** Only first-person statements count: "What is the Specialist Provision in Leicestershire?" is not one. */
const areaPatterns = areaNames.map(({ area, names }) => ({
  area,
  re: new RegExp(
    String.raw`\b(?:i|we)(?:'m|'re| am| are)?(?: (?:live|living|based|stay|staying))? (?:in|from|near) (?:${names})\b` +
      String.raw`|\bmy (?:school|setting|nursery|college|(?:son|daughter|child)'?s school) is in (?:${names})\b` +
      String.raw`|^(?:${names})$` +
      String.raw`|\b(?:${names}) (?:parent|resident|school|family|sendco|senco)\b`,
  ),
}));

const rolePatterns: { role: Audience; re: RegExp }[] = [
  { role: 'professional', re: /\b(?:i'?m|i am|as) an? (?:sendco|senco|teacher|head ?teacher|headteacher|teaching assistant|ta|professional|practitioner|early years practitioner|nursery manager|social worker|health visitor|therapist|educational psychologist|inclusion lead|school staff)\b|\bi work (?:in|at|for) (?:a |the )?(?:school|nursery|setting|college|council)\b/ },
  { role: 'parent', re: /\b(?:i'?m|i am|as) an? (?:parent|carer|mum|mother|dad|father|foster carer|guardian|grandparent|parent carer|parent\/carer)\b/ },
];

/** Pull "I live in Rutland" / "I'm a SENDCo" out of a message, leaving any question that follows. */
export function profileFacts(text: string): ProfileFacts {
  const t = text.toLowerCase().replace(/[\u2018\u2019]/g, "'").trim();
  const area = areaPatterns.find((p) => p.re.test(t))?.area;
  const role = rolePatterns.find((p) => p.re.test(t))?.role;
  if (!area && !role) return { rest: text };
  // Remove the statement clauses so what remains is the question, if any.
  const rest = clauses(text)
    .filter((clause) => {
      const c = clause.toLowerCase();
      return !(areaPatterns.some((p) => p.re.test(c)) && c.split(/\s+/).length <= 7) && !(rolePatterns.some((p) => p.re.test(c)) && c.split(/\s+/).length <= 7);
    })
    .join(' ')
    .trim();
  return { area, role, rest };
}
