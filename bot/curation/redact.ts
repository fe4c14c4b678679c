/**
 * Remove personal details from what someone typed, before it is stored anywhere. Parents
 * often write their child's name, date of birth, NHS number or their own phone number into a
 * question; the gap report needs the question, never those. Pure and synchronous so it can
 * run on every write and be tested exhaustively.
 *
 * It errs towards removing too much: a phone-shaped number in a question is removed even if
 * it is a public helpline, and so is a run of digits spaced or dotted out to dodge the
 * patterns ("0 7 7 0 0…"). Names are found after phrases that introduce one ("my son is
 * called…", "my name is…", "I'm…", "Mrs …"), and as two or more capitalised words together
 * ("Bartholomew Quigley-Snape") unless every word is one the content itself uses (service
 * and place names: "Dingley's Promise", "Leicester City"), which callers pass as `knownWords`.
 */

export type PersonalDetail = 'email' | 'phone' | 'nhs-number' | 'postcode' | 'date' | 'name' | 'number';

export const REDACTION_LABEL: Record<PersonalDetail, string> = {
  email: '[email]',
  phone: '[phone]',
  'nhs-number': '[NHS number]',
  postcode: '[postcode]',
  date: '[date]',
  name: '[name]',
  number: '[number]',
};

export type Redacted = { text: string; removed: PersonalDetail[] };

export type RedactOptions = {
  /** Words (as normalise() writes them) that are not names here: the content's own vocabulary. */
  knownWords?: ReadonlySet<string>;
};

/**
 * Places and words in LLR service names that are never a person, known even without the
 * content (the content's vocabulary adds the rest).
 */
const LOCAL_WORDS = new Set(
  (
    'leicester leicestershire rutland loughborough hinckley melton mowbray oakham uppingham coalville lutterworth wigston oadby ' +
    'market harborough charnwood blaby bosworth ashby zouch shepshed syston birstall braunstone glenfield city county council ' +
    'local offer borough district nhs send sendiass england uk'
  ).split(' '),
);

/** Capitalised words that start a sentence or greet, never the first word of a name. */
const LEADING_WORDS = new Set(
  (
    'a an and are as at but by can could dear did do does for from good hello hi how i if in is it many may my no of ok okay on or our please ' +
    'should so thanks thank that the their then there these they this to was we were what when where which who why will with would yes you your'
  ).split(' '),
);

const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const DAY = '\\d{1,2}(?:st|nd|rd|th)?';

/** Words that end a name: what people write straight after one. */
const NOT_A_NAME = new Set(
  (
    'a an and are as at aged age because but by can could currently diagnosed does doesnt for from goes going got had has have he her him his ' +
    'i im in is isnt it its just me my needs of on or our she so that the their them they this to was we were who whom will with would ' +
    'year years yr yrs old autistic also please thanks thank'
  ).split(' '),
);

/**
 * A pattern and what to do with each match: by default the whole match becomes the label.
 * `replace` can keep the match (return it unchanged: not personal after all), rewrite part of
 * it, or return undefined for the default.
 */
type Rule = { detail: PersonalDetail; pattern: RegExp; replace?: (match: string, groups: string[]) => string | undefined };

/** Keep the leading words of `words` that can be a name; label them, keep the rest. */
function labelName(lead: string, words: string): string {
  let end = 0;
  for (const m of words.matchAll(/([\p{L}'’-]+)(\s*)/gu)) {
    if (NOT_A_NAME.has(m[1].toLowerCase().replace(/['’]/g, ''))) break;
    end = (m.index ?? 0) + m[1].length;
  }
  return end === 0 ? `${lead}${words}` : `${lead}${REDACTION_LABEL.name}${words.slice(end)}`;
}

/** Digits in a +44 / 0044 number after the country code: a UK number has 9 or 10. */
const ukDigitsAfter44 = (m: string) => m.replace(/^(?:\+|00)\s?44\s?(?:\(0\)\s?)?/, '').replace(/\D/g, '').length;
const digits = (s: string) => s.replace(/\D/g, '').length;

/**
 * Applied in order: each later rule sees the earlier ones' labels, not the details. Emails
 * and dates go before phone and NHS numbers because they contain digits those would take.
 */
const RULES: Rule[] = [
  { detail: 'email', pattern: /[^\s@<>()[\]]+@[^\s@<>()[\]]+/g },
  // Dates of birth: any full date (day, month and year), however written. A date without a
  // year ("26 February") identifies nobody and stays.
  { detail: 'date', pattern: new RegExp(`\\b${DAY}(?:\\s+of)?[\\s/.-]*${MONTH}\\.?,?[\\s/.-]*(?:\\d{4}|'?\\d{2})\\b`, 'gi') },
  { detail: 'date', pattern: new RegExp(`\\b${MONTH}\\.?\\s+${DAY},?\\s+\\d{4}\\b`, 'gi') },
  { detail: 'date', pattern: /(?<![\d/.-])\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})(?![\d/.-]*\d)/g },
  { detail: 'date', pattern: /(?<![\d/.-])\d{4}[/.-]\d{1,2}[/.-]\d{1,2}(?![\d/.-]*\d)/g },
  // "born in March 2015", "DOB: May 2016": a month and year only when said to be a birth date.
  {
    detail: 'date',
    pattern: new RegExp(`\\b((?:born|birthday|dob|d\\.o\\.b\\.?|date of birth)[:\\s]*(?:on\\s+|in\\s+)?)${MONTH}\\.?,?\\s+\\d{4}\\b`, 'gi'),
    replace: (_m, [lead]) => `${lead}${REDACTION_LABEL.date}`,
  },
  // Phone numbers: +44 / 0044, mobiles (07…) and landlines (01…, 02…, 03…, 08…).
  {
    detail: 'phone',
    pattern: /(?<![\d+])(?:\+|00)\s?44\s?(?:\(0\)\s?)?\d{2,5}[\s-]?\d{3,4}[\s-]?\d{3,4}(?!\d)/g,
    replace: (m) => (ukDigitsAfter44(m) >= 9 && ukDigitsAfter44(m) <= 10 ? undefined : m),
  },
  {
    detail: 'phone',
    pattern: /(?<![\d+])\(?0\d{2,5}\)?[\s-]?\d{3,4}[\s-]?\d{3,4}(?!\d)/g,
    replace: (m) => (digits(m) >= 10 && digits(m) <= 11 ? undefined : m),
  },
  // NHS numbers: 10 digits, often written 3 3 4.
  { detail: 'nhs-number', pattern: /(?<!\d)\d{3}[\s-]?\d{3}[\s-]?\d{4}(?!\d)/g },
  // UK postcodes (LE1 6ZG, le16zg). The inward part never uses C, I, K, M, O or V; "E3 1st"
  // (a funding element and an ordinal) is not a postcode.
  {
    detail: 'postcode',
    pattern: /\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[ABD-HJLNP-UW-Z]{2}\b/gi,
    replace: (m) => (/\s\d(?:st|nd|rd|th)$/.test(m) ? m : undefined),
  },
  // Names after a phrase that introduces one: "my son is called…", "my name is…".
  {
    detail: 'name',
    pattern:
      /\b((?:my|our|his|her|their)\s+(?:(?:(?:foster|step)\s?)?(?:son|daughter|child|boy|girl|kid|grandson|granddaughter|grandchild|baby|toddler|teenager)(?:['’]s\s+name\s+is|\s+is\s+called|\s+is\s+named|\s+called|\s+named)|name\s+is|names\s+are|name['’]s)\s+)([\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,2})/giu,
    replace: (_m, [lead, words]) => labelName(lead, words),
  },
  // "my son Tom has…": a capitalised word straight after the child (not an acronym like ADHD).
  {
    detail: 'name',
    pattern: /\b([Mm]y\s+|[Oo]ur\s+)((?:son|daughter|child|boy|girl|grandson|granddaughter)\s+)([A-Z][\p{Ll}'’-]+)/gu,
    replace: (m, [my, child, word]) => (NOT_A_NAME.has(word.toLowerCase()) ? m : `${my}${child}${REDACTION_LABEL.name}`),
  },
  { detail: 'name', pattern: /\b(Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+[A-Z][\p{L}'’-]+/gu, replace: (_m, [title]) => `${title} ${REDACTION_LABEL.name}` },
  // Anything else with 8 or more digits in a row (a school reference, a UPN, a case number).
  { detail: 'number', pattern: /(?<!\d)\d{8,}(?!\d)/g },
  // Digits spaced, dotted or dashed out ("0 7 7 0 0 9 0 0 3 2 1"): 9 or more in short groups.
  // A list of years ("2024 2025 2026") is not a number anyone could be found by.
  {
    detail: 'number',
    pattern: /(?<![\d.\-/])\d{1,4}(?:(?:\s+|\s*[.\-/]\s*)\d{1,4}){2,}(?![\d/])/g,
    replace: (m) => {
      const groups = m.split(/\D+/).filter(Boolean);
      const all = groups.join('');
      if (all.length < 9 || groups.every((g) => /^(?:19|20)\d\d$/.test(g))) return m;
      return all.startsWith('0') && all.length >= 10 && all.length <= 11 ? REDACTION_LABEL.phone : undefined;
    },
  },
];

/** A capitalised word, hyphenated parts and all ("Quigley-Snape", "O'Neill", "Dingley's"). */
const CAPITALISED = "[A-Z][\\p{Ll}'’]+(?:-[A-Z]?[\\p{Ll}'’]+)*";

/** True when every part of the word is one the content or the area's place names use. */
function isKnownWord(word: string, known: ReadonlySet<string> | undefined): boolean {
  const parts = normaliseWord(word).split(' ').filter(Boolean);
  return parts.length > 0 && parts.every((p) => LOCAL_WORDS.has(p) || known?.has(p) === true);
}

/** As the knowledge layer's normalise(): lower case, possessive 's dropped, other marks to spaces. */
const normaliseWord = (word: string) =>
  word
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** The rules that need to know the content's words: names with no phrase to introduce them. */
function nameRules(known: ReadonlySet<string> | undefined): Rule[] {
  return [
    // "I'm Jacqueline", "this is Priya": one or more capitalised words after an introduction.
    {
      detail: 'name',
      pattern: new RegExp(`\\b((?:I\\s+am|I['’]m|[Tt]his\\s+is|[Ii]t['’]s)\\s+)(${CAPITALISED}(?:\\s+${CAPITALISED}){0,3})`, 'gu'),
      replace: (m, [lead, words]) => (words.split(/\s+/).every((w) => isKnownWord(w, known)) ? m : `${lead}${REDACTION_LABEL.name}`),
    },
    // Two or more capitalised words together, after any sentence-starting word: a full name,
    // unless all of them are words the content uses (a service or a place).
    {
      detail: 'name',
      pattern: new RegExp(`\\b${CAPITALISED}(?:\\s+${CAPITALISED}){1,4}`, 'gu'),
      replace: (m) => {
        const words = m.split(/\s+/);
        let start = 0;
        while (start < words.length && LEADING_WORDS.has(words[start].toLowerCase())) start += 1;
        const rest = words.slice(start);
        if (rest.length < 2 || rest.every((w) => isKnownWord(w, known))) return m;
        return [...words.slice(0, start), REDACTION_LABEL.name].join(' ');
      },
    },
  ];
}

/** Punctuation that ends a sentence is not part of the detail: keep it in the text. */
const TRAILING = /[.,;:!?)\]'"’]+$/;

export function redact(input: string, options: RedactOptions = {}): Redacted {
  // NFKC turns full-width digits and @ into plain ones; zero-width characters could hide a
  // number from the patterns.
  let text = input.normalize('NFKC').replace(/[\u200B-\u200D\u2060\uFEFF]/g, '');
  const removed = new Set<PersonalDetail>();
  for (const rule of [...RULES, ...nameRules(options.knownWords)]) {
    text = text.replace(rule.pattern, (match: string, ...rest: unknown[]) => {
      // replace() passes the groups, then the offset and the whole text.
      const groups = rest.slice(0, -2).map((g) => (typeof g === 'string' ? g : ''));
      if (rule.replace) {
        const custom = rule.replace(match, groups);
        if (custom === match) return match;
        removed.add(rule.detail);
        if (custom !== undefined) return custom;
      } else removed.add(rule.detail);
      const tail = rule.detail === 'email' ? (TRAILING.exec(match)?.[0] ?? '') : '';
      return `${REDACTION_LABEL[rule.detail]}${tail}`;
    });
  }
  return { text, removed: [...removed] };
}
