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
 * text, never as HTML. This keeps Markdown formatting and removes markup. A bare "&" is left
 * alone: it cannot start a tag, both channels' Markdown shows it as "&", and escaping it made
 * "Hinckley &amp; Bosworth" reach plain-text readers and transcripts.
 */
export function markdownWithoutHtml(markdown: string): string {
  return markdown.replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Only web, mail and phone links are kept; anything else (javascript:) becomes text. */
export const safeHref = (url: string): string | undefined => (/^(https?:|mailto:|tel:)/i.test(url.trim()) ? url.trim() : undefined);

/**
 * Content Markdown for a page. Raw HTML is shown as text; a link is checked as marked builds
 * it (its href as written, before any escaping), and one that is not a web, mail or phone
 * link is rendered as its words alone; images become their description, since the pages load
 * nothing but their own text.
 */
const markdown = new Marked({
  gfm: true,
  async: false,
  renderer: {
    html({ text }) {
      return escapeHtml(text);
    },
    link({ href, title, tokens }) {
      const words = this.parser.parseInline(tokens);
      const ok = safeHref(href);
      return ok ? `<a href="${escapeHtml(ok)}"${title ? ` title="${escapeHtml(title)}"` : ''}>${words}</a>` : words;
    },
    image({ text }) {
      return escapeHtml(text);
    },
  },
});

/** Content Markdown as HTML for a page: raw HTML shown as text, unsafe links made plain words. */
export function renderMarkdown(md: string): string {
  return markdown.parse(md, { async: false });
}
