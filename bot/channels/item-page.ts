import type { Item } from '../knowledge/schema';
import { formatReviewed } from './citation';
import { escapeHtml as escape, renderMarkdown, safeHref } from './html';

const page = (title: string, main: string) => `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)} - SEND Signpost</title>
<style>
body{font-family:system-ui,-apple-system,"Segoe UI",Arial,sans-serif;line-height:1.6;margin:0;color:#1b1b1b;background:#fafafa}
main{max-width:42rem;margin:0 auto;padding:1.5rem 1rem 3rem}
h1{font-size:1.6rem;line-height:1.25}
.summary{font-size:1.15rem;border-left:4px solid #1d70b8;padding-left:.75rem}
.meta{color:#505a5f;font-size:.95rem}
a{color:#1d5aa0}
</style>
</head>
<body><main>${main}</main></body>
</html>`;

/** A plain page for one item: where a citation badge leads. */
export function itemPage(item: Item): string {
  const facts: string[] = [];
  if (item.kind === 'form') {
    facts.push(`<h2>Who can use it</h2><p>${escape(item.who_can_use)}</p>`);
    facts.push(`<h2>Who is eligible</h2><ul>${item.eligibility.map((e) => `<li>${escape(e)}</li>`).join('')}</ul>`);
    if (item.prepare.length) facts.push(`<h2>What to prepare</h2><ul>${item.prepare.map((e) => `<li>${escape(e)}</li>`).join('')}</ul>`);
    facts.push(`<h2>How to submit</h2><p>${escape(item.how_to_submit)}</p>`);
    if (item.turnaround) facts.push(`<h2>How long it takes</h2><p>${escape(item.turnaround)}</p>`);
  }
  const links = item.links
    .map((l) => {
      const href = safeHref(l.url);
      return href ? `<li><a href="${escape(href)}">${escape(l.title)}</a></li>` : '';
    })
    .join('');
  const source = item.source.url && safeHref(item.source.url)
    ? `<a href="${escape(item.source.url)}">${escape(item.source.document)}</a>`
    : escape(item.source.document);
  return page(
    item.title,
    `<h1>${escape(item.title)}</h1>
<p class="summary">${escape(item.summary)}</p>
${facts.join('\n')}
${renderMarkdown(item.body)}
${links ? `<h2>Links</h2><ul>${links}</ul>` : ''}
<p class="meta">Source: ${source} (${escape(item.source.section)}). Last checked ${escape(formatReviewed(item.reviewed))}.</p>`,
  );
}

export const notFoundPage = (): string =>
  page('Not found', '<h1>Not found</h1><p>This information is not available any more. Please ask the chat bot your question again.</p>');
