import type { Item } from '../knowledge/schema';
import { factsFor, nextStep } from '../conversation/compose';
import { sourceName } from '../conversation/source-name';
import { sessionTimes } from '../knowledge/dates';
import { formatReviewed } from './citation';
import { escapeHtml as escape, renderMarkdown, safeHref } from './html';
import { plainPage } from './plain-page';

/** The chat, from /items/:id (relative, so a proxy may add a path prefix). */
const CHAT_FROM_ITEM = '../';

/**
 * A plain page for one item: where a citation badge and "Full details" lead. Built from the
 * same facts as the chat answer (a session's dates, place and booking included), with what
 * to do next first and a way back to the chat.
 */
export function itemPage(item: Item, now: Date): string {
  const next = nextStep(item, now);
  const facts = factsFor(item, now).map((f) => `<h2>${escape(f.label)}</h2>\n${renderMarkdown(f.markdown)}`);
  const calendar =
    item.kind === 'session' && sessionTimes(item, now).upcoming.length
      ? `<p><a href="../calendar/${encodeURIComponent(item.id)}.ics">Add the next dates to your calendar</a></p>`
      : '';
  const links = item.links
    .map((l) => {
      const href = safeHref(l.url);
      return href ? `<li><a href="${escape(href)}">${escape(l.title)}</a></li>` : '';
    })
    .join('');
  const name = sourceName(item.source.document);
  const source = item.source.url && safeHref(item.source.url) ? `<a href="${escape(item.source.url)}">${escape(name)}</a>` : escape(name);
  return plainPage(
    item.title,
    `<h1>${escape(item.title)}</h1>
<p class="summary">${escape(item.summary)}</p>
${next ? `<div class="next"><h2>What you can do</h2>\n${renderMarkdown(next)}</div>` : ''}
${facts.join('\n')}
${calendar}
${renderMarkdown(item.body)}
${links ? `<h2>Links</h2><ul>${links}</ul>` : ''}
<p class="meta">From ${source} (${escape(item.source.section)}). Last checked ${escape(formatReviewed(item.reviewed))}.</p>`,
    CHAT_FROM_ITEM,
  );
}

export const notFoundPage = (): string =>
  plainPage('Not found', '<h1>Not found</h1><p>This information is not available any more. Please ask the chat bot your question again.</p>', CHAT_FROM_ITEM);
