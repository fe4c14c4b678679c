import type { Area, Audience } from '../schema';

/**
 * What a message says about the person and the child: where they live, whether they are a
 * parent or work in a school, and the child's stage of education. Read from the whole message,
 * the story included ("hinckley mum here", "my 6yo", "year 8").
 */
export type Profile = {
  area?: Area;
  /** Said outright ("I'm a SENDCo", "mum here"): worth remembering. */
  role?: Audience;
  /** Only implied ("my son", "a pupil in year 4"): used for this question, not remembered. */
  impliedRole?: Audience;
  phase?: Phase;
};
export type Phase = 'early years' | 'primary' | 'secondary' | 'post 16';

/**
 * Place names people use for each area: the councils, and the towns and districts the content
 * and its source documents name (Hinckley and Bosworth, Harborough, North West Leicestershire…).
 */
const areaNames: { area: Area; names: string }[] = [
  { area: 'rutland', names: 'rutland|oakham|uppingham' },
  {
    area: 'leicestershire',
    names:
      'leicestershire|leics|the county|loughborough|hinckley|bosworth|hinckley and bosworth|earl shilton|market harborough|harborough|melton(?: mowbray)?|coalville|lutterworth|wigston|oadby|ashby(?:[- ]de[- ]la[- ]zouch)?|blaby|charnwood|north west leicestershire|nw leics|shepshed|syston|birstall|glenfield|enderby|narborough',
  },
  { area: 'leicester', names: 'leicester city|the city of leicester|leicester(?!shire)|the city|new parks|braunstone|beaumont leys|belgrave|evington|aylestone|highfields' },
];

const PERSON = String.raw`(?:parent|mum|mam|mom|mother|dad|father|carer|resident|family|families|school|setting|nursery|sendco|senco|teacher|here|based)`;

/** "I'm a childminder in Market Harborough", "I'm a governor at a primary in Coalville": who, then where. */
const selfDescription = (names: string) =>
  String.raw`\b(?:i|we)(?:'m|'re| am| are|m|re) (?:a|an) [a-z'-]+(?: [a-z'-]+)?(?: (?:at|in|for) (?:a|an|the|one) [a-z'-]+(?: school)?)? (?:in|from|near|based in) (?:${names})\b`;
/** "foster carer in Leicester", "a SENCo from Rutland": who and where, at the start of a message, without "I'm". */
const PERSON_NOUN = String.raw`(?:parent|mum|mam|mom|mother|dad|father|carer|foster carer|kinship carer|grandparent|gran|nan|grandad|grandma|guardian|teacher|sendco|senco|childminder|child minder|governor|ta|teaching assistant|headteacher|head teacher|social worker|health visitor|practitioner|nursery manager|councillor|researcher)`;
const introduction = (names: string) => String.raw`^(?:(?:a|an) )?(?:single |new |local |primary |secondary |nursery )?${PERSON_NOUN} (?:in|from|near|based in) (?:${names})\b`;

/** The same as the whole of a clause, however long: it says who and where and nothing else. */
const selfDescriptions = areaNames.map(({ names }) => new RegExp(String.raw`^${selfDescription(names)}[.!,]*$`));

/** Only statements about oneself count: "What is the Specialist Provision in Leicestershire?" is not one. */
const areaPatterns = areaNames.map(({ area, names }) => ({
  area,
  re: new RegExp(
    String.raw`\b(?:i|we)(?:'m|'re| am| are|m|re)?(?: (?:live|living|based|stay|staying|are|r))? (?:in|from|near|outside|just outside|round) (?:${names})\b` +
      String.raw`|\b(?:i|we) live (?:in|near) (?:${names})\b` +
      String.raw`|${selfDescription(names)}` +
      String.raw`|${introduction(names)}` +
      String.raw`|\b(?:i|we)(?: have|'ve|ve)? (?:just )?(?:moved|move|moving) (?:to|into|near) (?:${names})\b` +
      String.raw`|\bmy (?:school|setting|nursery|college|(?:son|daughter|child|kid)'?s school) is in (?:${names})\b` +
      String.raw`|^(?:${names})[.!?]*$` +
      String.raw`|^(?:${names})\s*(?:[-:,(]|here\b)` +
      String.raw`|\((?:${names})\)` +
      String.raw`|\b(?:${names}) ${PERSON}\b` +
      String.raw`|\b(?:in|for) (?:${names})(?: city)? (?:here|please|pls)\b`,
  ),
}));

const rolePatterns: { role: Audience; re: RegExp }[] = [
  {
    role: 'professional',
    re: /\b(?:i'?m|i am|as|im) an? (?:sendco|senco|teacher|head ?teacher|headteacher|teaching assistant|ta|professional|practitioner|early years practitioner|nursery manager|childminder|child minder|social worker|health visitor|therapist|educational psychologist|inclusion lead|school staff|deputy head|class teacher)\b|\bi work (?:in|at|for) (?:a |the )?(?:school|nursery|setting|college|council)\b|\b(?:sendco|senco) here\b/,
  },
  { role: 'parent', re: /\b(?:i'?m|i am|as|im) an? (?:parent|carer|mum|mother|dad|father|foster carer|guardian|grandparent|parent carer|parent\/carer|single mum|single dad)\b|\b(?:mum|dad|parent|carer) here\b/ },
];

const impliedRolePatterns: { role: Audience; re: RegExp }[] = [
  { role: 'professional', re: /\bour (?:pupils?|setting|nursery|sendco|senco|staff|ta|tas)\b|\b(?:a|one of our|my|the) pupils?\b|\bin my class\b|\bour school\b/ },
  { role: 'parent', re: /\bmy (?:son|daughter|child|kid|grandson|granddaughter|boy|girl|little one|toddler|teenager|baby)\b/ },
];

const lower = (text: string) => text.toLowerCase().replace(/[\u2018\u2019]/g, "'").trim();

export function areaOf(text: string): Area | undefined {
  const t = lower(text);
  return areaPatterns.find((p) => p.re.test(t))?.area;
}

export function roleOf(text: string): Audience | undefined {
  const t = lower(text);
  return rolePatterns.find((p) => p.re.test(t))?.role;
}

/** "year 8", "Y2", "6 year old", "nursery", "sixth form": the stage a child is at. */
export function phaseOf(text: string): Phase | undefined {
  const t = lower(text);
  const year = /\byear (1[0-3]|[1-9])\b(?! old)/.exec(t);
  if (year) {
    const n = Number(year[1]);
    return n <= 6 ? 'primary' : n <= 11 ? 'secondary' : 'post 16';
  }
  const age = /\b(\d{1,2}) ?(?:year old|years old|yr old)\b|\b(?:is|aged|age|turns|turned|hes|shes|he's|she's|theyre|they're) (\d{1,2})\b(?! (?:weeks?|months?|days?|hours?|minutes?|percent|%|pounds?|places?|miles?))/.exec(t);
  if (age) {
    const n = Number(age[1] ?? age[2]);
    if (n <= 25) return n < 5 ? 'early years' : n <= 10 ? 'primary' : n <= 15 ? 'secondary' : 'post 16';
  }
  // "my 10 month old": a baby.
  if (/\b\d{1,2} ?months? olds?\b/.test(t) && !/\b\d{1,2} ?years? old\b/.test(t)) return 'early years';
  if (/\b(?:reception|infants?|juniors?|primary)\b/.test(t)) return 'primary';
  if (/\b(?:nursery|pre ?school|toddler|early years)\b/.test(t)) return 'early years';
  if (/\b(?:secondary|high school|gcses?)\b/.test(t)) return 'secondary';
  if (/\b(?:sixth form|college|post ?16|apprenticeship)\b/.test(t)) return 'post 16';
  return undefined;
}

/** Everything a message says about who, where and which stage. */
export function profileOf(text: string): Profile {
  const t = lower(text);
  return { area: areaOf(t), role: roleOf(t), impliedRole: impliedRolePatterns.find((p) => p.re.test(t))?.role, phase: phaseOf(t) };
}

/** Is this clause only a statement of where or who someone is ("I live in Rutland", "I'm a SENDCo")? */
export function isProfileStatement(clause: string): boolean {
  const c = lower(clause);
  const short = c.split(/\s+/).length <= 7;
  return (short && (areaPatterns.some((p) => p.re.test(c)) || rolePatterns.some((p) => p.re.test(c)))) || selfDescriptions.some((re) => re.test(c));
}
