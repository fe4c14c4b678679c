// What a person sees in reply activities. Kept apart from the server helpers so scripts
// that only judge replies (bench/calibrate.ts, the question-set runner) don't load the server.

/** All the text a person would see in the replies: message text, card text, button titles. */
export function visibleText(activities: any[]): string {
  const out: string[] = [];
  const collect = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(collect);
    else if (node && typeof node === 'object') {
      for (const [k, v] of Object.entries(node)) {
        if (typeof v === 'string' && ['text', 'title', 'value', 'altText'].includes(k)) out.push(v);
        else collect(v);
      }
    }
  };
  for (const a of activities) {
    if (a.text) out.push(a.text);
    collect(a.attachments ?? []);
    for (const s of a.suggestedActions?.actions ?? []) out.push(s.title ?? '');
  }
  return out.join('\n');
}

export const citationOf = (a: any) =>
  (a.entities ?? []).find((e: any) => e.type === 'https://schema.org/Message' && Array.isArray(e.citation));
