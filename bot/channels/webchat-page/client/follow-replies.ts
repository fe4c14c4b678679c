/**
 * Keep the start of the newest reply in view. Web Chat's own "scroll snap" style options
 * throw on Android (the element they measure is not rendered there, so
 * `offsetTop` of null, many times a message) and on touch devices the transcript did not
 * move at all; so the page does it: when the first reply after the person's message
 * appears, the transcript scrolls to the bottom if the whole reply fits, or else only far
 * enough to show the reply's first line at the top. It keeps that position while Web Chat
 * settles, and lets go as soon as the person scrolls or taps.
 */
const SCROLLABLE = '.webchat__basic-transcript__scrollable';
const ACTIVITY = 'article.webchat__basic-transcript__activity';
const FROM_USER = '[class*="--from-user"]';
/** How long to hold the reply in place while Web Chat lays it out (about a second). */
const HOLD_FRAMES = 60;
/** A little of the person's own message stays in view above the reply. */
const GAP_PX = 12;

export function followReplies(host: HTMLElement): void {
  let anchored: Element | undefined;
  const observer = new MutationObserver(() => {
    const scrollable = host.querySelector<HTMLElement>(SCROLLABLE);
    if (!scrollable) return;
    const activities = Array.from(scrollable.querySelectorAll<HTMLElement>(ACTIVITY));
    let lastFromUser = -1;
    activities.forEach((a, i) => {
      if (a.querySelector(FROM_USER)) lastFromUser = i;
    });
    const reply = activities[lastFromUser + 1];
    if (!reply || reply === anchored) return;
    anchored = reply;
    hold(scrollable, reply);
  });
  observer.observe(host, { childList: true, subtree: true });
}

function hold(scrollable: HTMLElement, reply: HTMLElement): void {
  let frames = 0;
  let released = false;
  const release = () => {
    released = true;
  };
  for (const event of ['wheel', 'touchstart', 'keydown', 'mousedown'] as const) scrollable.addEventListener(event, release, { once: true, passive: true });
  const target = () => {
    const top = scrollable.scrollTop + reply.getBoundingClientRect().top - scrollable.getBoundingClientRect().top - GAP_PX;
    return Math.max(0, Math.min(scrollable.scrollHeight - scrollable.clientHeight, top));
  };
  const step = () => {
    if (released || !reply.isConnected || frames++ > HOLD_FRAMES) return;
    const to = target();
    if (Math.abs(scrollable.scrollTop - to) > 1) scrollable.scrollTop = to;
    requestAnimationFrame(step);
  };
  requestAnimationFrame(step);
}
