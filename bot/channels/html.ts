import { Marked } from 'marked';

/**
 * HTML for every page the bot serves (item pages, the admin page, the web chat page) and the
 * Markdown-safety step for chat replies, in one place so a new page cannot forget either.
 */

/** Text or an attribute value made safe inside HTML: every markup character escaped. */
export const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/**
 * Content and user text may contain angle brackets; Web Chat and Teams must show them as
 * text, never as HTML. This keeps Markdown formatting (and entities already written) and
 * removes markup.
 */
export function markdownWithoutHtml(markdown: string): string {
  return markdown.replace(/&(?![a-z]+;|#[0-9]+;)/gi, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Content Markdown may not carry HTML to a page, so raw HTML in it is shown as text. */
const markdown = new Marked({
  gfm: true,
  async: false,
  renderer: {
    html({ text }) {
      return escapeHtml(text);
    },
  },
});

/** Only web, mail and phone links are kept; anything else (javascript:) becomes text. */
export const safeHref = (url: string): string | undefined => (/^(https?:|mailto:|tel:)/i.test(url) ? url : undefined);

/** Content Markdown as HTML for a page: raw HTML shown as text, unsafe links made inert. */
export function renderMarkdown(md: string): string {
  return markdown.parse(md, { async: false }).replace(/href="([^"]*)"/g, (_m, href: string) => {
    const ok = safeHref(href.replace(/&amp;/g, '&'));
    return ok ? `href="${href}"` : 'href="#"';
  });
}
