import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import ReactWebChat, { createStore } from 'botframework-webchat';
import { connect } from './connect';
import { followReplies } from './follow-replies';
import { overrideLocalizedStrings, styleOptions } from './look';

/**
 * The page's only script. Web Chat adds its styles at run time; the page's CSP allows them by
 * a nonce, which the server puts on this script's tag. `currentScript` is only set while the
 * script first runs, so it is read straight away.
 */
const nonce = (document.currentScript as HTMLScriptElement | null)?.nonce ?? '';

async function start(host: HTMLElement): Promise<void> {
  try {
    const directLine = await connect();
    const store = createStore();
    host.replaceChildren();
    host.dataset.status = 'ready';
    followReplies(host);
    createRoot(host).render(
      createElement(ReactWebChat, { directLine, store, locale: 'en-GB', nonce, styleOptions, overrideLocalizedStrings }),
    );
    enableQuickButtons((text) => store.dispatch({ type: 'WEB_CHAT/SEND_MESSAGE', payload: { text } }));
  } catch {
    host.dataset.status = 'failed';
    const status = host.querySelector('#chat-status');
    if (status) status.textContent = 'Sorry, the chat could not start. Please try again later, or contact SENDIASS using the link on this page.';
  }
}

/**
 * "What can you help with?", "Start over" and "Talk to a person" in the header send their
 * words into the chat, as if typed, so they are one tap away however long the chat gets.
 * Until the chat is ready, "Talk to a person" is a plain link to SENDIASS.
 */
function enableQuickButtons(say: (text: string) => void): void {
  for (const el of Array.from(document.querySelectorAll<HTMLElement>('[data-say]'))) {
    if (el instanceof HTMLButtonElement) el.disabled = false;
    el.addEventListener('click', (event) => {
      event.preventDefault();
      say(el.dataset.say ?? '');
    });
  }
}

const host = document.getElementById('webchat');
if (host) void start(host);
