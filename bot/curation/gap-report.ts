import type { KnowledgeBase } from '../knowledge/knowledge-base';
import { isQuestionStopWord, normalise, stem, words } from '../knowledge/text';
import type { GapRecord } from './gap-log';
import { REDACTION_LABEL } from './redact';

/**
 * What `npm run content:gaps` tells staff: which questions the bot could not answer (with
 * near-duplicates grouped so ten wordings of one question count as one gap), which items
 * people found unhelpful, and for each gap the items that came closest, so staff can tell
 * "needs a new item" from "this item needs the question added".
 */

/** Two wordings are one question when they share this share of their meaningful words. */
export const SAME_QUESTION = 0.6;
/** Below this coverage (a third of the question) the nearest item shares a word with it, not its meaning. */
export const WEAK_MATCH = 1 / 3;

export type Nearest = { id: string; title: string; file: string; coverage: number };

export type GapGroup = {
  /** The most asked wording. */
  question: string;
  count: number;
  kinds: Partial<Record<GapRecord['kind'], number>>;
  /** Other wordings, most asked first, with how often. */
  variants: { question: string; count: number }[];
  /** Items the bot offered when it asked "which one?" and nobody chose. */
  offered: string[];
  lastAsked: string;
  nearest: Nearest[];
};

export type UnhelpfulItem = { id: string; title?: string; count: number; questions: string[]; lastMarked: string };

export type GapReport = {
  events: number;
  from?: string;
  to?: string;
  gaps: GapGroup[];
  unhelpful: UnhelpfulItem[];
};

const LABELS = new RegExp(Object.values(REDACTION_LABEL).map((l) => l.replace(/[[\]]/g, '\\$&')).join('|'), 'g');

/** The meaningful words of a question, stemmed, without redaction labels. */
export function questionTokens(question: string): Set<string> {
  return new Set(
    words(question.replace(LABELS, ' '))
      .filter((w) => !isQuestionStopWord(w))
      .map(stem),
  );
}

export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const t of a) if (b.has(t)) shared += 1;
  return shared / (a.size + b.size - shared);
}

type Wording = { question: string; key: string; tokens: Set<string>; records: GapRecord[] };

/**
 * Group near-duplicate questions: identical wordings first (after normalising case and
 * punctuation), then each wording joins the group whose main wording it is most like, if
 * that is at least SAME_QUESTION alike. Greedy, most asked first, so a group is named by its
 * most common wording.
 */
export function groupQuestions(records: readonly GapRecord[]): Wording[][] {
  const byKey = new Map<string, Wording>();
  for (const r of records) {
    const key = normalise(r.query) || r.query;
    let w = byKey.get(key);
    if (!w) {
      w = { question: r.query, key, tokens: questionTokens(r.query), records: [] };
      byKey.set(key, w);
    }
    w.records.push(r);
  }
  const wordings = [...byKey.values()].sort((a, b) => b.records.length - a.records.length || latest(b.records).localeCompare(latest(a.records)) || a.question.localeCompare(b.question));
  const groups: Wording[][] = [];
  for (const w of wordings) {
    let best: { group: Wording[]; score: number } | undefined;
    for (const group of groups) {
      // An empty token set (only stop words) only matches the identical wording, grouped above.
      if (w.tokens.size === 0 || group[0].tokens.size === 0) continue;
      const score = jaccard(w.tokens, group[0].tokens);
      if (score >= SAME_QUESTION && (!best || score > best.score)) best = { group, score };
    }
    if (best) best.group.push(w);
    else groups.push([w]);
  }
  return groups;
}

const latest = (records: readonly GapRecord[]) => records.reduce((m, r) => (r.at > m ? r.at : m), '');

/** Build the report. `kb` (the current content) finds the nearest items; without it none are shown. */
export function buildGapReport(records: readonly GapRecord[], kb?: KnowledgeBase, options: { top?: number; nearest?: number } = {}): GapReport {
  const top = options.top ?? 20;
  const unanswered = records.filter((r) => r.kind !== 'not-helpful');
  const gaps = groupQuestions(unanswered)
    .map((group): GapGroup => {
      const all = group.flatMap((w) => w.records);
      const kinds: GapGroup['kinds'] = {};
      for (const r of all) kinds[r.kind] = (kinds[r.kind] ?? 0) + 1;
      const offered = new Map<string, number>();
      for (const r of all) for (const o of r.options ?? []) offered.set(o, (offered.get(o) ?? 0) + 1);
      return {
        question: group[0].question,
        count: all.length,
        kinds,
        variants: group.slice(1).map((w) => ({ question: w.question, count: w.records.length })),
        offered: [...offered.entries()].sort((a, b) => b[1] - a[1]).map(([id]) => id),
        lastAsked: latest(all),
        nearest: [],
      };
    })
    .sort((a, b) => b.count - a.count || b.lastAsked.localeCompare(a.lastAsked))
    .slice(0, top);
  // Searching is the slow part: only for the gaps that are shown.
  if (kb) for (const g of gaps) g.nearest = nearestItems(kb, g.question, options.nearest ?? 3);

  const byItem = new Map<string, GapRecord[]>();
  for (const r of records) if (r.kind === 'not-helpful' && r.item) byItem.set(r.item, [...(byItem.get(r.item) ?? []), r]);
  const unhelpful = [...byItem.entries()]
    .map(([id, rs]): UnhelpfulItem => ({
      id,
      title: kb?.byId.get(id)?.title,
      count: rs.length,
      questions: [...new Set(rs.map((r) => r.query).filter((q) => q.trim()))].slice(0, 3),
      lastMarked: latest(rs),
    }))
    .sort((a, b) => b.count - a.count || b.lastMarked.localeCompare(a.lastMarked))
    .slice(0, top);

  const times = records.map((r) => r.at).sort();
  return { events: records.length, from: times[0], to: times.at(-1), gaps, unhelpful };
}

export function nearestItems(kb: KnowledgeBase, question: string, n: number): Nearest[] {
  return kb
    .ask(question.replace(LABELS, ' '))
    .hits.slice(0, n)
    .map((h) => ({ id: h.item.id, title: h.item.title, file: h.item.file, coverage: h.coverage }));
}

const day = (iso?: string) => iso?.slice(0, 10) ?? '';
const times = (n: number) => (n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`);
const percent = (x: number) => `${Math.round(x * 100)}%`;

/** The report as plain text for the terminal. */
export function formatGapReport(report: GapReport): string[] {
  const out: string[] = [];
  if (report.events === 0) {
    return ['No gaps recorded yet: nobody has asked something the bot could not answer, or marked an answer not helpful.'];
  }
  out.push(`Gap report: ${report.events} event${report.events === 1 ? '' : 's'} from ${day(report.from)} to ${day(report.to)}.`, '');
  out.push('Questions the bot could not answer, most asked first');
  if (report.gaps.length === 0) out.push('  (none)');
  report.gaps.forEach((g, i) => {
    const how = [
      g.kinds.declined ? `declined ${g.kinds.declined}` : '',
      g.kinds['clarify-unchosen'] ? `asked "which one?" and nothing was chosen ${g.kinds['clarify-unchosen']}` : '',
    ].filter(Boolean);
    out.push(`${String(i + 1).padStart(3)}. "${g.question}": asked ${times(g.count)} (${how.join('; ')}), last on ${day(g.lastAsked)}`);
    if (g.variants.length) {
      const shown = g.variants.slice(0, 4).map((v) => `"${v.question}"${v.count > 1 ? ` (${v.count})` : ''}`);
      out.push(`       also asked as: ${shown.join(', ')}${g.variants.length > 4 ? `, and ${g.variants.length - 4} more` : ''}`);
    }
    if (g.offered.length) out.push(`       offered: ${g.offered.slice(0, 4).join(', ')}`);
    const list = g.nearest.map((n) => `${n.id} (${n.file}, matches ${percent(n.coverage)})`).join('; ');
    if (g.nearest.length === 0) out.push('       nearest items: none: this needs a new item');
    else if (g.nearest[0].coverage < WEAK_MATCH) out.push(`       nearest items (weak matches only, so probably a new item): ${list}`);
    else out.push(`       nearest items: ${list}`);
  });
  out.push('', 'Items marked "not helpful", most often first');
  if (report.unhelpful.length === 0) out.push('  (none)');
  report.unhelpful.forEach((u, i) => {
    out.push(`${String(i + 1).padStart(3)}. ${u.id}${u.title ? ` "${u.title}"` : ' (no longer in the content)'}: ${times(u.count)}, last on ${day(u.lastMarked)}`);
    if (u.questions.length) out.push(`       after: ${u.questions.map((q) => `"${q}"`).join(', ')}`);
  });
  out.push(
    '',
    'What to do: for a gap whose nearest item already has the answer, add the question to that item\'s questions;',
    'otherwise write a new item (npm run content:new). For an unhelpful item, check its summary answers what was asked.',
  );
  return out;
}
