import { escapeHtml } from './html';

/**
 * The shell of every plain page the bot serves beside the chat (an item's page, privacy,
 * terms): readable on a phone, no script, and a link back to the chat at the top, so a
 * parent who followed a citation can get back to the conversation.
 */
export function plainPage(title: string, main: string, chatUrl: string): string {
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} - SEND Signpost</title>
<style>
body{font-family:system-ui,-apple-system,"Segoe UI",Arial,sans-serif;line-height:1.6;margin:0;color:#1b1b1b;background:#fafafa}
main{max-width:42rem;margin:0 auto;padding:1rem 1rem 3rem}
h1{font-size:1.6rem;line-height:1.25}
h2{font-size:1.2rem;margin-top:1.75rem}
.back{display:inline-block;margin:.25rem 0 .5rem;font-weight:600}
.summary{font-size:1.15rem;border-left:4px solid #1d70b8;padding-left:.75rem}
.next{background:#eef4fb;border-left:4px solid #1d5aa0;padding:.5rem .75rem}
.meta{color:#505a5f;font-size:.95rem}
a{color:#1d5aa0}
a:focus-visible{outline:3px solid #ffbf47;outline-offset:2px}
</style>
</head>
<body><main>
<a class="back" href="${escapeHtml(chatUrl)}">&larr; Back to the chat</a>
${main}
</main></body>
</html>`;
}
