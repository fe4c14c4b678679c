import type { Kind } from '../knowledge/schema';

/**
 * What kind of item a question is after. People who want to *do* something (apply, refer,
 * book) need the form; people asking *when* need the session. A nudge to ranking, not a filter.
 */
export function preferredKind(text: string): Kind | undefined {
  const t = text.toLowerCase();
  if (/\b(?:apply|applying|application|refer|referring|referral|request(?:ing)?|register(?:ing)?|registration|sign(?:ing)? ?up|enrol(?:l)?(?:ing)?|how do i get|ask for)\b/.test(t)) return 'form';
  if (/\b(?:when|next|dates?|drop[- ]?ins?|meetings?|coffee mornings?|sessions?|roadshows?|briefings?|book(?:ing)?|timetable|what time)\b/.test(t)) return 'session';
  return undefined;
}
