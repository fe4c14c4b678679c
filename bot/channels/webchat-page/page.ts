import { escapeHtml as escape } from '../html';

export type PageAssets = { script: string; style: string; icon: string };

/** Asset links are relative so the page also works behind a proxy that adds a path prefix. */
const asset = (name: string) => `webchat/${escape(name)}`;

/**
 * The parents' web chat page. Everything around the chat is plain HTML so the privacy notice
 * and the way to reach a person are there even if the chat fails to load. The page holds no
 * script of its own: the bundle does everything, and gets the style nonce from its own tag.
 */
export function webChatPage(assets: PageAssets, nonce: string): string {
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Ask about SEND support - SEND Signpost</title>
<meta name="description" content="Ask questions about special educational needs and disabilities (SEND) support in Leicester, Leicestershire and Rutland.">
<link rel="icon" href="${asset(assets.icon)}" type="image/svg+xml">
<link rel="stylesheet" href="${asset(assets.style)}">
<script src="${asset(assets.script)}" nonce="${escape(nonce)}" defer></script>
</head>
<body>
<header class="masthead">
  <div class="wrap masthead-inner">
    <p class="service-name">SEND Signpost</p>
    <a class="person-link" href="items/sendiass">Talk to a person at SENDIASS</a>
  </div>
</header>
<main class="wrap" id="main">
  <h1>Ask about SEND support</h1>
  <p class="lead">Questions about special educational needs and disabilities (SEND) in Leicester, Leicestershire and Rutland. Answers come from information checked by SENDIASS staff, and each one shows where it came from.</p>
  <div class="notice" role="note" aria-labelledby="privacy-title">
    <h2 id="privacy-title">Keep it general</h2>
    <p>Please do not type names or personal details, yours or your child's. You do not need them to get an answer.</p>
  </div>
  <section class="chat" aria-label="Chat with SEND Signpost">
    <div id="webchat" class="webchat" data-status="loading">
      <p class="chat-status" id="chat-status" role="status">Loading the chat...</p>
    </div>
    <noscript><p class="chat-status">The chat needs JavaScript. You can still <a href="items/sendiass">contact SENDIASS</a> for free, impartial advice.</p></noscript>
  </section>
  <aside class="help" aria-labelledby="help-title">
    <h2 id="help-title">Talk to a person</h2>
    <p>SENDIASS gives free, confidential and impartial advice about SEND to parents, children and young people. <a href="items/sendiass">Find out how to contact SENDIASS</a>.</p>
    <p>If a child is in danger right now, call 999.</p>
  </aside>
</main>
</body>
</html>
`;
}

/** Shown when the bundle has not been built, so the failure says what to do. */
export function notBuiltPage(): string {
  return `<!doctype html>
<html lang="en-GB">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Chat unavailable - SEND Signpost</title></head>
<body><main><h1>The chat is not available</h1><p>The web chat has not been built on this server. Run <code>npm run build:web</code> and restart the bot.</p><p><a href="items/sendiass">Contact SENDIASS</a> for free, impartial advice.</p></main></body>
</html>
`;
}
