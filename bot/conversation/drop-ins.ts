import type { KnowledgeBase } from '../knowledge/knowledge-base';
import { describeDate, sessionTimes } from '../knowledge/dates';
import type { Area, SessionItem } from '../knowledge/schema';
import { areaName } from './small-talk';
import { message, type Button, type MessageReply } from './reply';

/** How many sessions the reply lists; the rest are a question away. */
const MAX_SESSIONS = 4;

/**
 * The "drop-ins" command: sessions with dates still to come, soonest first; when every
 * published date has passed, the ones that run on a schedule (monthly, half-termly) with
 * where to find the next date. A session with no dates at all (a pilot that "held
 * drop-ins") is not something anyone can go to, so it is left out.
 */
export function dropInsReply(kb: KnowledgeBase, now: Date, area?: Area): MessageReply {
  const sessions = kb.items.filter((i): i is SessionItem & (typeof kb.items)[number] => i.kind === 'session' && servesArea(i.areas, area));
  const timed = sessions.map((item) => ({ item, ...sessionTimes(item, now) }));
  const dropInFirst = (a: { item: SessionItem }, b: { item: SessionItem }) => Number(isDropIn(b.item)) - Number(isDropIn(a.item));
  const upcoming = timed.filter((s) => s.upcoming.length).sort((a, b) => a.upcoming[0].start.localeCompare(b.upcoming[0].start));
  const regular = timed.filter((s) => !s.upcoming.length && s.past.length && s.item.recurrence).sort(dropInFirst);
  const where = area ? ` for ${areaName(area)}` : '';
  const show = (item: SessionItem): Button => ({ kind: 'action', title: item.title, data: { action: 'show', id: item.id, from: 'related' } });

  if (upcoming.length) {
    const listed = upcoming.slice(0, MAX_SESSIONS);
    const lines = listed.map((s) => `- **${s.item.title}**: ${describeDate(s.upcoming[0])}`);
    return message('drop-ins', [`Coming up${where}:`, lines.join('\n'), 'Tap one for where it is and how to book.'].join('\n\n'), listed.map((s) => show(s.item)));
  }
  if (regular.length) {
    const listed = regular.slice(0, MAX_SESSIONS);
    const lines = listed.map((s) => `- **${s.item.title}**: ${s.item.recurrence}. ${s.item.new_dates ?? ''}`.trim());
    return message(
      'drop-ins',
      [`All the published dates${where} have passed. These run regularly; here is where to find the next date:`, lines.join('\n')].join('\n\n'),
      listed.map((s) => show(s.item)),
    );
  }
  return message('drop-ins', `I have no drop-in or session dates${where} at the moment. Ask your school's SENDCo or SENDIASS about what is on near you.`, [
    { kind: 'say', title: 'Talk to a person', text: 'Talk to a person' },
  ]);
}

const isDropIn = (item: SessionItem) => /drop[- ]?in/i.test(`${item.title} ${item.tags.join(' ')}`);

function servesArea(areas: readonly Area[], area: Area | undefined): boolean {
  return !area || areas.includes(area) || areas.includes('llr') || areas.includes('national');
}
