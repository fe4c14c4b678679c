import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import ReactWebChat from 'botframework-webchat';
import { connect } from './connect';
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
    host.replaceChildren();
    host.dataset.status = 'ready';
    createRoot(host).render(
      createElement(ReactWebChat, { directLine, locale: 'en-GB', nonce, styleOptions, overrideLocalizedStrings }),
    );
  } catch {
    host.dataset.status = 'failed';
    const status = host.querySelector('#chat-status');
    if (status) status.textContent = 'Sorry, the chat could not start. Please try again later, or contact SENDIASS using the link on this page.';
  }
}

const host = document.getElementById('webchat');
if (host) void start(host);
