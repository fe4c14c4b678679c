/**
 * Content Markdown reshaped for a chat bubble or a Teams TextBlock: headings become bold
 * lines (TextBlocks do not render `##`, and a bubble has no room for a page heading), and the
 * hard line breaks content files wrap their paragraphs with are joined, so text flows to the
 * width of the screen. Lists, and the line breaks between list items, are kept.
 */
export function chatMarkdown(markdown: string): string {
  return markdown
    .split(/\n{2,}/)
    .map((block) => {
      const lines = block.split('\n');
      const heading = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(lines[0]);
      const rest = heading ? lines.slice(1) : lines;
      const text = joinLines(rest);
      const title = heading ? `**${heading[1].replace(/\*\*/g, '')}**` : '';
      return [title, text].filter(Boolean).join('\n\n');
    })
    .filter(Boolean)
    .join('\n\n');
}

const LIST_ITEM = /^\s*(?:[-*+]|\d+[.)])\s/;

/** Lines of one block joined with spaces, except where a list item starts a new line. */
function joinLines(lines: string[]): string {
  const out: string[] = [];
  for (const line of lines) {
    if (!line.trim()) continue;
    if (out.length === 0 || LIST_ITEM.test(line)) out.push(line.trimEnd());
    else out[out.length - 1] += ` ${line.trim()}`;
  }
  return out.join('\n');
}
