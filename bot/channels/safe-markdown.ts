/**
 * Content and user text may contain angle brackets; Web Chat and Teams must show them as
 * text, never as HTML. Escaping here keeps Markdown formatting and removes markup.
 */
export function escapeHtml(markdown: string): string {
  return markdown.replace(/&(?![a-z]+;|#[0-9]+;)/gi, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
