import { Lexer, type Token } from 'marked';

/** Plain text of a Markdown body, for the index and excerpts: no marks, no HTML. */
export function markdownToText(markdown: string): string {
  const out: string[] = [];
  const walk = (tokens: Token[]) => {
    for (const t of tokens) {
      if (t.type === 'html') continue;
      const children = (t as { tokens?: Token[] }).tokens;
      const items = (t as { items?: Token[] }).items;
      if (children && children.length) walk(children);
      else if (items && items.length) walk(items);
      else if (t.type === 'table') {
        const table = t as unknown as { header: { text: string }[]; rows: { text: string }[][] };
        out.push(table.header.map((h) => h.text).join(' '));
        for (const row of table.rows) out.push(row.map((c) => c.text).join(' '));
      } else if ('text' in t && typeof t.text === 'string') out.push(t.text);
      if (t.type === 'paragraph' || t.type === 'heading' || t.type === 'list_item') out.push('\n');
    }
  };
  walk(Lexer.lex(markdown));
  return out
    .join(' ')
    .replace(/&amp;/g, '&')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/[ \t]+/g, ' ')
    .replace(/\s*\n\s*/g, '\n')
    .trim();
}
