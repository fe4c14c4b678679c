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
<div class="app">
<header class="masthead">
  <div class="masthead-inner">
    <h1 class="service-name">SEND Signpost <span class="tagline">help with SEND in Leicester, Leicestershire and Rutland</span></h1>
    <nav class="quick" aria-label="Quick actions">
      <button type="button" class="quick-button" data-say="What can you help with?" disabled>What can you help with?</button>
      <button type="button" class="quick-button" data-say="Start over" disabled>Start over</button>
      <a class="quick-button person" href="items/sendiass" data-say="Talk to a person">Talk to a person</a>
    </nav>
  </div>
</header>
<p class="notice" role="note">Please do not type names or personal details. <a href="privacy">Privacy</a></p>
<main class="chat" id="main" aria-label="Chat with SEND Signpost">
  <div id="webchat" class="webchat" data-status="loading">
    <p class="chat-status" id="chat-status" role="status">Loading the chat...</p>
  </div>
  <noscript><p class="chat-status">The chat needs JavaScript. You can still <a href="items/sendiass">contact SENDIASS</a> for free, impartial advice.</p></noscript>
</main>
</div>
<div class="below">
  <section class="help" aria-labelledby="about-title">
    <h2 id="about-title">About this chat</h2>
    <p>Ask about special educational needs and disabilities (SEND) in Leicester, Leicestershire and Rutland. Answers come from information checked by SENDIASS staff, and each one shows where it came from. SEND Signpost is a computer program, not a person.</p>
  </section>
  <section class="help" aria-labelledby="help-title">
    <h2 id="help-title">Talk to a person</h2>
    <p>SENDIASS gives free, confidential and impartial advice about SEND to parents, children and young people. <a href="items/sendiass">Find out how to contact SENDIASS</a>.</p>
    <p>If a child is in danger right now, call 999.</p>
  </section>
  <footer class="footer"><a href="privacy">Privacy: what this chat keeps</a> <a href="terms">Terms of use</a></footer>
</div>
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
