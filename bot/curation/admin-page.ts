import { createHash } from 'node:crypto';
import { escapeHtml as escape, renderMarkdown } from '../channels/html';
import { areas, audiences } from '../knowledge/schema';
import { formatFinding } from '../knowledge/findings';
import { CONFIDENCE, isConfident, type Decision } from '../knowledge/decide';
import type { Concept } from '../knowledge/query';
import type { Hit, Preferences } from '../knowledge/search';
import { findingsOf, type ReloadResult } from '../knowledge/store';
import type { Reply } from '../conversation/reply';
import type { Screening } from '../conversation/safeguarding/index';

/**
 * The staff pages at /admin, as HTML strings. No scripts and no external files: one inline
 * stylesheet allowed by its hash in the Content-Security-Policy. Everything that comes from
 * content or from what was typed goes through `escape`.
 */

const STYLE = `
body{font-family:system-ui,-apple-system,"Segoe UI",Arial,sans-serif;line-height:1.5;margin:0;color:#1b1b1b;background:#fff}
main{max-width:64rem;margin:0 auto;padding:1rem 1rem 3rem}
h1{font-size:1.6rem}h2{font-size:1.3rem;margin-top:2rem;border-bottom:1px solid #b1b4b6}h3{font-size:1.1rem}
label{display:block;font-weight:600;margin:.75rem 0 .25rem}
input[type=text],input[type=password],textarea,select{font:inherit;padding:.4rem;border:2px solid #0b0c0c;max-width:100%}
textarea{width:40rem;height:4.5rem}
button{font:inherit;padding:.45rem 1rem;margin-top:.75rem;background:#00703c;color:#fff;border:0;border-bottom:2px solid #002d18;cursor:pointer}
button.secondary{background:#f3f2f1;color:#0b0c0c;border-bottom-color:#929191}
:focus{outline:3px solid #fd0;outline-offset:0}
table{border-collapse:collapse;width:100%;font-size:.95rem}caption{text-align:left;font-weight:600;padding:.25rem 0}
th,td{border-bottom:1px solid #b1b4b6;padding:.35rem .5rem;text-align:left;vertical-align:top}
.ok{border-left:5px solid #00703c;padding:.25rem .75rem;background:#f3f9f5}
.bad{border-left:5px solid #d4351c;padding:.25rem .75rem;background:#fdf2f0}
.reply{border:1px solid #b1b4b6;padding:.5rem 1rem;background:#f8f8f8}
.muted{color:#505a5f}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem}dt{font-weight:600}dd{margin:0}
`;

export const STYLE_HASH = `sha256-${createHash('sha256').update(STYLE).digest('base64')}`;

/** No scripts, no images, no frames; forms only to this site. */
export const ADMIN_CSP = `default-src 'none'; style-src '${STYLE_HASH}'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'`;

const page = (title: string, main: string) => `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escape(title)} - SEND Signpost staff</title>
<style>${STYLE}</style>
</head>
<body><main>
${main}
</main></body>
</html>`;

export function loginPage(options: { error?: string } = {}): string {
  return page(
    'Sign in',
    `<h1>SEND Signpost: staff sign in</h1>
${options.error ? `<p class="bad" role="alert">${escape(options.error)}</p>` : ''}
<form method="post" action="/admin/login">
<label for="token">Admin token</label>
<input type="password" id="token" name="token" autocomplete="current-password" required>
<div><button type="submit">Sign in</button></div>
</form>`,
  );
}

export type TryResult = {
  question: string;
  prefs: Preferences;
  decision: Decision;
  reply: Reply;
  hits: readonly Hit[];
  concepts: readonly Concept[];
  /** What the safeguarding screener heard, which every message passes before search. */
  screening?: Screening;
};

export type AdminView = {
  version: string;
  items: number;
  builtAt: Date;
  lastReload: ReloadResult;
  /** Set for a browser session: forms must carry it. */
  csrf?: string;
  /** The result of a reload just asked for on this page. */
  reloaded?: ReloadResult;
  tried?: TryResult;
  /** Whether saved files are picked up by themselves (WATCH_CONTENT). */
  watching: boolean;
};

const time = (d: Date) => d.toISOString().replace('T', ' ').slice(0, 19) + ' UTC';

function reloadSummary(r: ReloadResult, heading: string): string {
  if (r.ok) {
    const warnings = r.warnings.length
      ? `<p>${r.warnings.length} warning${r.warnings.length === 1 ? '' : 's'} (these do not stop publishing):</p>\n<ul>${r.warnings.map((f) => `<li>${escape(formatFinding(f))}</li>`).join('')}</ul>`
      : '';
    return `<div class="ok"><p><strong>${escape(heading)}: worked</strong> at ${time(r.at)}. Version ${escape(r.version)}, ${r.items} items${r.changed ? '' : ' (nothing had changed)'}.</p>${warnings}</div>`;
  }
  return `<div class="bad"><p><strong>${escape(heading)}: refused</strong> at ${time(r.at)}. The bot is still answering from version ${escape(r.keptVersion)}. Fix these and save again:</p>
<ul>${findingsOf(r).map((f) => `<li>${escape(formatFinding(f))}</li>`).join('')}</ul></div>`;
}

const hidden = (csrf?: string) => (csrf ? `<input type="hidden" name="csrf" value="${escape(csrf)}">` : '');

function options(values: readonly string[], selected: string | undefined, anyLabel: string): string {
  return [`<option value="">${escape(anyLabel)}</option>`, ...values.map((v) => `<option value="${escape(v)}"${v === selected ? ' selected' : ''}>${escape(v)}</option>`)].join('');
}

export function replyAsText(reply: Reply): string {
  if (reply.kind === 'message') {
    const buttons = reply.buttons.map((b) => `[${b.title}]`).join(' ');
    return `${reply.text}${buttons ? `\n\n${buttons}` : ''}`;
  }
  const parts = [
    reply.intro,
    `**${reply.item.title}**\n\n${reply.item.summary}`,
    ...reply.facts.map((f) => `**${f.label}**\n\n${f.markdown}`),
    reply.body + (reply.truncated ? '\n…(continues on the item page)' : ''),
    reply.actions.length ? reply.actions.map((a) => `[${a.title}]`).join(' ') : undefined,
    reply.related.length ? `You might also want: ${reply.related.map((r) => r.title).join('; ')}` : undefined,
    `Source: ${reply.citation.name} (${reply.citation.url})`,
  ];
  return parts.filter((p): p is string => Boolean(p)).join('\n\n');
}

/** Headings in an item's body would break this page's outline: show them as bold lines. */
const demoteHeadings = (markdown: string) => markdown.replace(/^#{1,6}[ \t]+(.+?)[ \t#]*$/gm, '**$1**');

const pct = (x: number) => `${Math.round(x * 100)}%`;

function decisionLine(d: Decision): string {
  switch (d.kind) {
    case 'answer':
      return `It would answer with <strong>${escape(d.best.item.title)}</strong> (${escape(d.best.item.id)}).`;
    case 'clarify':
      return `It would ask which one was meant, offering ${d.options.length} items.`;
    case 'suggest':
      return `It is not sure it understood: it would ask "did you mean…", offering ${d.options.length} items and SENDIASS.`;
    case 'decline':
      return `It would say it does not know (${escape(d.reason)}). The best item needs at least ${pct(CONFIDENCE.minCoverage)} of the question matched, and ${pct(CONFIDENCE.minStrongCoverage)} in its title, questions, tags or summary.`;
  }
}


/** The screener's verdict and the cues behind it, so staff can see why a message did or did not get the help numbers. */
function screeningSection(s: Screening): string {
  const verdict =
    s.tier === 'crisis'
      ? `<p class="bad">Crisis: <strong>${escape(s.category ?? '')}</strong> (about ${s.about === 'self' ? 'the person typing' : 'someone else'}). The help numbers come first, then the answer.</p>`
      : s.tier === 'distress'
        ? '<p class="ok">Distress without risk cues: a kind word and the support lines, then the answer.</p>'
        : '<p class="ok">No safeguarding cues: answered as usual.</p>';
  const cues = s.cues.length
    ? `<table><caption>Cues that fired (1 or more in a family is a crisis)</caption><thead><tr><th scope="col">Cue</th><th scope="col">Family</th><th scope="col">Weight</th><th scope="col">Words matched</th></tr></thead><tbody>${s.cues
        .map((c) => `<tr><td>${escape(c.id)}</td><td>${escape(c.family)}</td><td>${c.weight.toFixed(2)}</td><td>${escape(c.text)}</td></tr>`)
        .join('')}</tbody></table>`
    : '';
  const scores = Object.entries(s.scores)
    .map(([f, v]) => `${escape(f)} ${(v ?? 0).toFixed(2)}`)
    .join(', ');
  return `<h3>What the safeguarding screener heard</h3>
${verdict}
${cues}
${scores ? `<p class="muted">Family scores: ${scores}${s.boosters.length ? `; added by: ${escape(s.boosters.join(', '))}` : ''}</p>` : ''}
${s.idioms.length ? `<p class="muted">Figures of speech set aside: ${escape(s.idioms.join('; '))}</p>` : ''}`;
}

function tryResult(t: TryResult): string {
  const understood = t.concepts.length
    ? t.concepts.map((c) => `<li>${escape(c.label)}${c.glossary ? ` (glossary: ${escape(c.glossary.expansion)})` : ''}</li>`).join('')
    : '<li>nothing it could search for</li>';
  const rows = t.hits
    .slice(0, 10)
    .map(
      (h, i) => `<tr>
<td>${i + 1}</td>
<td><a href="/items/${encodeURIComponent(h.item.id)}">${escape(h.item.title)}</a><br><span class="muted">${escape(h.item.id)} · ${escape(h.item.file)} · ${escape(h.item.kind)}</span></td>
<td>${h.score.toFixed(2)}</td>
<td>${h.raw.toFixed(2)}</td>
<td>${pct(h.coverage)}</td>
<td>${pct(h.strongCoverage)}</td>
<td>${h.matched.length ? escape(h.matched.join(', ')) : '<span class="muted">none</span>'}</td>
<td>${isConfident(h) ? 'yes' : 'no'}</td>
</tr>`,
    )
    .join('\n');
  return `<section aria-labelledby="result">
<h2 id="result">What the bot would do</h2>
<p>You asked: <q>${escape(t.question)}</q>${t.prefs.audience || t.prefs.area ? ` <span class="muted">(as ${escape([t.prefs.audience, t.prefs.area].filter(Boolean).join(', '))})</span>` : ''}</p>
<p>${decisionLine(t.decision)}</p>
<h3>The reply</h3>
<div class="reply">${renderMarkdown(demoteHeadings(replyAsText(t.reply)))}</div>
${t.screening ? screeningSection(t.screening) : ''}
<h3>What it understood</h3>
<ul>${understood}</ul>
<h3>Ranked items</h3>
${
  t.hits.length
    ? `<table>
<caption>Items found, best first (top 10). Coverage: share of the question matched; strong: matched in title, questions, tags or summary.</caption>
<thead><tr><th scope="col">#</th><th scope="col">Item</th><th scope="col">Score</th><th scope="col">Search score</th><th scope="col">Coverage</th><th scope="col">Strong</th><th scope="col">Matched terms</th><th scope="col">Confident</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>`
    : '<p>No item matched any word of the question.</p>'
}
</section>`;
}

export function adminPage(v: AdminView): string {
  const q = v.tried?.question ?? '';
  return page(
    'Try a question',
    `<h1>SEND Signpost: staff tools</h1>
${v.reloaded ? reloadSummary(v.reloaded, 'Reload') : ''}
<section aria-labelledby="try">
<h2 id="try">Try a question</h2>
<p>See what the bot would answer, and why. Nothing you type here is stored.</p>
<form method="post" action="/admin/try">
${hidden(v.csrf)}
<label for="question">Question</label>
<textarea id="question" name="question" maxlength="500" required>${escape(q)}</textarea>
<label for="audience">Asked by</label>
<select id="audience" name="audience">${options(audiences, v.tried?.prefs.audience, 'anyone')}</select>
<label for="area">Area</label>
<select id="area" name="area">${options(areas, v.tried?.prefs.area, 'any area')}</select>
<div><button type="submit">Try it</button></div>
</form>
</section>
${v.tried ? tryResult(v.tried) : ''}
<section aria-labelledby="content">
<h2 id="content">Content</h2>
<dl>
<dt>Version in use</dt><dd>${escape(v.version)}</dd>
<dt>Items</dt><dd>${v.items}</dd>
<dt>Built</dt><dd>${time(v.builtAt)}</dd>
</dl>
<h3>Last reload</h3>
${reloadSummary(v.lastReload, 'Last reload')}
<form method="post" action="/admin/reload">
${hidden(v.csrf)}
<button type="submit" class="secondary">Reload the content now</button>
</form>
<p class="muted">${v.watching ? 'Saved changes are picked up by themselves within a few seconds.' : 'Watching is off (WATCH_CONTENT=false): use this button after saving changes.'} The staff guide is content/README.md; npm run content:check lists problems before you publish.</p>
</section>
${v.csrf ? `<form method="post" action="/admin/logout">${hidden(v.csrf)}<button type="submit" class="secondary">Sign out</button></form>` : ''}`,
  );
}
