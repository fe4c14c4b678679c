import { emailSchema, MAX_SUMMARY_CHARS } from './schema';
import { RELATED_LIMIT } from './tuning';
import { readability } from './readability';
import type { Finding, Severity } from './findings';
import type { ItemSource } from './front-matter';

/**
 * Content checks beyond the schema: things that parse but are still wrong for the people
 * reading them (two items claiming one question, a link to a retired item, a summary a
 * parent will struggle with). Pure functions over the front matter as written, so they also
 * run on items the schema rejected and a broken file never hides the problems in the others.
 */

export type CheckOptions = {
  /** Today as YYYY-MM-DD (UK), injected so review dates can be tested. */
  today: string;
  /** Parent-facing summaries scoring below this Flesch reading ease are flagged. */
  minReadingEase?: number;
};

/**
 * Flesch reading ease below 30 is "very difficult: best understood by university graduates".
 * Chosen on the real content (November 2026, 182 items): it flags 20 of the 155 parent-facing
 * summaries (13%), nearly all for one long sentence that names several services at once; 35
 * would flag 31 and 40 would flag 52. A plain-English target would be 60, but most summaries
 * name local services with long official names ("Designated Specialist Provision") that no
 * rewording can avoid, so 60 would flag nearly everything and be ignored.
 */
export const MIN_READING_EASE = 30;
/** The staff guide asks for one or two sentences: the summary is shown first, alone. */
export const MAX_SUMMARY_SENTENCES = 2;
/** What `content:new` writes in every field staff must fill in. */
export const PLACEHOLDER = 'TODO';

/** The checks that need only the item itself. */
export function checkItem(source: ItemSource, options: CheckOptions): Finding[] {
  const one = [source];
  return [
    ...placeholders(one),
    ...addressProblems(one),
    ...relatedShape(one),
    ...reviewDates(one, options.today),
    ...summaryLength(one),
    ...readingLevel(one, options.minReadingEase ?? MIN_READING_EASE),
  ];
}

/** The checks across items: ids and questions used twice, related items that do not exist. */
export function checkCollection(sources: readonly ItemSource[]): Finding[] {
  return [...duplicateIds(sources), ...duplicateQuestions(sources), ...missingRelated(sources)];
}

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const record = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
const quote = (s: string, max = 60) => `"${s.length > max ? `${s.slice(0, max - 1)}…` : s}"`;

/** Every string in the front matter with its path, for checks that look at all of them. */
function* strings(value: unknown, path: (string | number)[] = []): Generator<{ path: (string | number)[]; value: string }> {
  if (typeof value === 'string') yield { path, value };
  else if (Array.isArray(value)) for (const [i, v] of value.entries()) yield* strings(v, [...path, i]);
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) yield* strings(v, [...path, k]);
}

/** `content:new` fills every field with TODO: publishing one would show it to parents. */
export function placeholders(sources: readonly ItemSource[]): Finding[] {
  const out: Finding[] = [];
  const marker = new RegExp(`\\b${PLACEHOLDER}\\b`);
  for (const s of sources) {
    for (const { path, value } of strings(s.data)) {
      if (marker.test(value)) {
        out.push({
          file: s.file,
          line: s.lineOf(path),
          field: path.join('.'),
          problem: `still has the placeholder ${quote(value)}: replace it (the note above it says what goes there), or delete the line if it is optional`,
          severity: 'error',
        });
      }
    }
    s.body.split('\n').forEach((text, i) => {
      if (marker.test(text)) {
        out.push({ file: s.file, line: s.bodyLine + i, field: 'body', problem: `still has the placeholder ${quote(text.trim())}: write the explanation here`, severity: 'error' });
      }
    });
  }
  return out;
}

/** Ids are how items, links and reports refer to each other: each must be used once. */
export function duplicateIds(sources: readonly ItemSource[]): Finding[] {
  const first = new Map<string, ItemSource>();
  const out: Finding[] = [];
  for (const s of sources) {
    const id = str(s.data.id);
    if (!id) continue;
    const prior = first.get(id);
    if (prior) {
      out.push({
        file: s.file,
        line: s.lineOf(['id']),
        field: 'id',
        problem: `"${id}" is already the id of ${prior.file}: every item needs its own id, so give this one a different name`,
        severity: 'error',
      });
    } else first.set(id, s);
  }
  return out;
}

/** Questions compare equal when only case, spacing and punctuation differ. */
export const normaliseQuestion = (q: string): string =>
  q
    .toLowerCase()
    .replace(/['\u2019]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** Areas that cover every other area: an item for one of these shares its questions with all. */
const EVERYWHERE = new Set(['llr', 'national']);

/**
 * Items written for different areas (the Leicester and the Rutland forum) may share a question:
 * the person's area decides between them. Items with an area in common may not.
 */
function shareAnArea(a: ItemSource, b: ItemSource): boolean {
  const areasOf = (s: ItemSource) => list(s.data.areas).filter((v): v is string => typeof v === 'string');
  const [x, y] = [areasOf(a), areasOf(b)];
  if (x.length === 0 || y.length === 0 || [...x, ...y].some((v) => EVERYWHERE.has(v))) return true;
  return x.some((v) => y.includes(v));
}

/** A question claimed twice for one area leaves the bot guessing which item to answer with. */
export function duplicateQuestions(sources: readonly ItemSource[]): Finding[] {
  const owners = new Map<string, { source: ItemSource; line: number }[]>();
  const out: Finding[] = [];
  for (const s of sources) {
    for (const [i, q] of list(s.data.questions).entries()) {
      if (typeof q !== 'string' || !normaliseQuestion(q)) continue;
      const key = normaliseQuestion(q);
      const line = s.lineOf(['questions', i]);
      const earlier = owners.get(key) ?? [];
      const prior = earlier.find((o) => o.source === s || shareAnArea(o.source, s));
      owners.set(key, [...earlier, { source: s, line }]);
      if (!prior) continue;
      const where = prior.source === s ? `line ${prior.line} of this item` : `${prior.source.file} (line ${prior.line})`;
      out.push({
        file: s.file,
        line,
        field: `questions.${i}`,
        problem:
          prior.source === s
            ? `${quote(q)} is listed twice in this item (also on ${where}): remove one`
            : `${quote(q)} is also a question of ${where} for the same area: give each question to one item only, so the bot knows which one answers it`,
        severity: 'error',
      });
    }
  }
  return out;
}

/** What is wrong with a web address, in words; undefined when it looks right. */
export function explainUrl(value: string): { problem: string; severity: Severity } | undefined {
  const v = value.trim();
  const error = (problem: string) => ({ problem, severity: 'error' as const });
  if (!v) return error('is empty: copy the web address from the source, or delete the line');
  if (/\s/.test(v)) return error(`${quote(v)} has a space in it: copy the address again from the browser's address bar`);
  if (/^www\./i.test(v)) return error(`${quote(v)} needs https:// in front: write "https://${v}"`);
  if (/^mailto:/i.test(v)) return error(`${quote(v)} is an email address, not a web page: put it under contact as email instead`);
  if (/^tel:/i.test(v)) return error(`${quote(v)} is a phone number, not a web page: put it under contact as phone instead`);
  if (!/^https?:\/\//i.test(v)) return error(`${quote(v)} must start with https:// (copy the whole address from the browser's address bar)`);
  let url: URL;
  try {
    url = new URL(v);
  } catch {
    return error(`${quote(v)} is not a complete web address: copy it again from the browser's address bar`);
  }
  const host = url.hostname.toLowerCase();
  if (!host.includes('.') || host.endsWith('.')) {
    return error(`${quote(v)} has an incomplete site name "${host}" (it should end in something like .gov.uk or .nhs.uk)`);
  }
  if (/(^|\.)example\.(com|org|net)$/.test(host)) return error(`${quote(v)} is an example address: use the real one from the source`);
  if (/[.,;:!?)\]'"]$/.test(v)) return error(`${quote(v)} ends with "${v.at(-1)}", which is probably punctuation copied by mistake`);
  if (url.protocol === 'http:') return { problem: `${quote(v)} starts with http://: use https:// if the site opens with it (it almost always does)`, severity: 'warning' };
  return undefined;
}

/** What is wrong with an email address, in words; undefined when it looks right. */
export function explainEmail(value: string): string | undefined {
  const v = value.trim();
  if (!v) return 'is empty: copy the email address from the source, or delete the line';
  if (/^mailto:/i.test(v)) return `${quote(v)}: write just the address, without "mailto:" in front`;
  if (/[\s,;]/.test(v) && v.split(/[\s,;]+/).filter((p) => p.includes('@')).length > 1) return `${quote(v)} looks like more than one address: give one`;
  if (/\s/.test(v)) return `${quote(v)} has a space in it`;
  const at = v.split('@').length - 1;
  if (at === 0) return `${quote(v)} has no @, so it is not an email address`;
  if (at > 1) return `${quote(v)} has more than one @`;
  const [local, domain] = v.split('@');
  if (!local) return `${quote(v)} has nothing before the @`;
  if (!domain.includes('.') || domain.startsWith('.') || domain.endsWith('.') || domain.includes('..')) {
    return `${quote(v)} has an incomplete part after the @ ("${domain}"): it should be like leicester.gov.uk`;
  }
  if (/(^|\.)example\.(com|org|net)$/i.test(domain)) return `${quote(v)} is an example address: use the real one from the source`;
  if (!emailSchema.safeParse(v).success) return `${quote(v)} is not a valid email address: copy it again from the source`;
  return undefined;
}

/** Sentence punctuation after an address in running text is normal, not part of the address. */
const trimTrailing = (s: string) => s.replace(/[.,;:!?)\]'"*_]+$/, '');

/** Malformed web and email addresses, in the fields and in the body text. */
export function addressProblems(sources: readonly ItemSource[]): Finding[] {
  const out: Finding[] = [];
  for (const s of sources) {
    const at = (path: (string | number)[], problem: string, severity: Severity = 'error') =>
      out.push({ file: s.file, line: s.lineOf(path), field: path.join('.'), problem, severity });
    // Placeholders from content:new are reported once, by the placeholder check.
    const url = (path: (string | number)[], v: unknown) => {
      if (typeof v !== 'string' || v.includes(PLACEHOLDER)) return;
      const found = explainUrl(v);
      if (found) at(path, found.problem, found.severity);
    };
    const email = (path: (string | number)[], v: unknown) => {
      if (typeof v !== 'string' || v.includes(PLACEHOLDER)) return;
      const problem = explainEmail(v);
      if (problem) at(path, problem);
    };
    url(['source', 'url'], record(s.data.source).url);
    list(s.data.links).forEach((l, i) => url(['links', i, 'url'], record(l).url));
    url(['contact', 'url'], record(s.data.contact).url);
    email(['contact', 'email'], record(s.data.contact).email);
    out.push(...bodyAddressProblems(s));
  }
  return out;
}

function bodyAddressProblems(s: ItemSource): Finding[] {
  const out: Finding[] = [];
  s.body.split('\n').forEach((text, i) => {
    const line = s.bodyLine + i;
    const add = (problem: string, severity: Severity = 'error') => out.push({ file: s.file, line, field: 'body', problem, severity });
    // Markdown links first, then what is left of the line for bare addresses.
    const rest = text.replace(/\[([^\]]*)\]\(([^)]*)\)/g, (_m, label: string, target: string) => {
      const t = target.trim().replace(/\s+"[^"]*"$/, '');
      if (/^mailto:/i.test(t)) {
        const problem = explainEmail(t.slice('mailto:'.length));
        if (problem) add(`the email link "${label}": ${problem}`);
      } else if (/^tel:/i.test(t)) {
        // Phone links are checked by the bot's own renderer; nothing to add.
      } else {
        const found = explainUrl(t);
        if (found) add(`the link "${label}": ${found.problem}`, found.severity);
      }
      return ' ';
    });
    for (const m of rest.matchAll(/\b(?:https?:\/\/|www\.)[^\s<>()]+/gi)) {
      const found = explainUrl(trimTrailing(m[0]));
      if (found) add(`the web address in the text: ${found.problem}`, found.severity);
    }
    for (const m of rest.replace(/\b(?:https?:\/\/|www\.)[^\s<>()]+/gi, ' ').matchAll(/[^\s<>()[\]]*@[^\s<>()[\]]*/g)) {
      const candidate = trimTrailing(m[0]).replace(/^[("'*_]+/, '');
      // "@" alone or a social media handle is not an email address.
      if (!candidate.includes('@') || candidate.startsWith('@')) continue;
      const problem = explainEmail(candidate);
      if (problem) add(`the email address in the text: ${problem}`);
    }
  });
  return out;
}

/** `related` must name items that exist (a retired item leaves dangling references). */
export function missingRelated(sources: readonly ItemSource[]): Finding[] {
  const ids = new Set(sources.map((s) => str(s.data.id)).filter((id): id is string => id !== undefined));
  const out: Finding[] = [];
  for (const s of sources) {
    list(s.data.related).forEach((r, i) => {
      // A placeholder from content:new is reported once, by the placeholder check.
      if (typeof r !== 'string' || r.includes(PLACEHOLDER)) return;
      const id = r.trim();
      if (id !== str(s.data.id) && !ids.has(id)) {
        out.push({
          file: s.file,
          line: s.lineOf(['related', i]),
          field: `related.${i}`,
          problem: `there is no item with the id "${id}": check the spelling, or remove it if that item was retired`,
          severity: 'error',
        });
      }
    });
  }
  return out;
}

/** An item related to itself, or more related items than the bot offers. */
export function relatedShape(sources: readonly ItemSource[]): Finding[] {
  const out: Finding[] = [];
  for (const s of sources) {
    const related = list(s.data.related);
    related.forEach((r, i) => {
      if (typeof r === 'string' && r.trim() === str(s.data.id)) {
        out.push({ file: s.file, line: s.lineOf(['related', i]), field: `related.${i}`, problem: `"${r.trim()}" is this item itself: list other items only`, severity: 'error' });
      }
    });
    if (related.length > RELATED_LIMIT) {
      out.push({
        file: s.file,
        line: s.lineOf(['related']),
        field: 'related',
        problem: `lists ${related.length} items; the bot only offers the first ${RELATED_LIMIT}, so keep the ${RELATED_LIMIT} most useful`,
        severity: 'warning',
      });
    }
  }
  return out;
}

/** A passed review date means nobody has confirmed the facts are still true. */
export function reviewDates(sources: readonly ItemSource[], today: string): Finding[] {
  const out: Finding[] = [];
  for (const s of sources) {
    const due = s.data.review_by instanceof Date ? s.data.review_by.toISOString().slice(0, 10) : str(s.data.review_by)?.trim();
    if (!due || !/^\d{4}-\d{2}-\d{2}$/.test(due) || due >= today) continue;
    out.push({
      file: s.file,
      line: s.lineOf(['review_by']),
      field: 'review_by',
      problem: `the review date ${due} has passed: check the facts against the source, then set reviewed to today and review_by to the next date`,
      severity: 'warning',
    });
  }
  return out;
}

/** The summary is shown first and alone: long ones bury the answer. */
export function summaryLength(sources: readonly ItemSource[]): Finding[] {
  const out: Finding[] = [];
  for (const s of sources) {
    const summary = str(s.data.summary)?.trim();
    if (!summary) continue;
    const line = s.lineOf(['summary']);
    if (summary.length > MAX_SUMMARY_CHARS) {
      out.push({
        file: s.file,
        line,
        field: 'summary',
        problem: `is ${summary.length} characters long; the most is ${MAX_SUMMARY_CHARS}. Keep one or two short sentences and move the detail to the body`,
        severity: 'error',
      });
      continue;
    }
    const sentences = readability(summary).sentences.length;
    if (sentences > MAX_SUMMARY_SENTENCES) {
      out.push({
        file: s.file,
        line,
        field: 'summary',
        problem: `has ${sentences} sentences; keep it to ${MAX_SUMMARY_SENTENCES} and move the rest to the body`,
        severity: 'warning',
      });
    }
  }
  return out;
}

/** Parents read the summary first; a hard one loses them before the facts. */
export function readingLevel(sources: readonly ItemSource[], minReadingEase: number): Finding[] {
  const out: Finding[] = [];
  for (const s of sources) {
    const summary = str(s.data.summary)?.trim();
    if (!summary || summary.length > MAX_SUMMARY_CHARS || !list(s.data.audiences).includes('parent')) continue;
    const r = readability(summary);
    if (r.score >= minReadingEase || !r.hardest) continue;
    out.push({
      file: s.file,
      line: s.lineOf(['summary']),
      field: 'summary',
      problem:
        `is hard for parents to read (reading ease ${Math.floor(r.score)}; aim for ${minReadingEase} or more). ` +
        `Simplify this sentence with shorter words, or split it: ${quote(r.hardest.sentence, 160)}`,
      severity: 'warning',
    });
  }
  return out;
}
