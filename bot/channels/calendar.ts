import { createEvents, type EventAttributes } from 'ics';
import type { Item } from '../knowledge/schema';
import { sessionTimes, ukLocalToDate } from '../knowledge/dates';

/**
 * An "Add to calendar" file for a session's upcoming dates, in UTC so every calendar shows
 * the right local time. Undefined when the item is not a session or every date has passed.
 */
export function sessionCalendar(item: Item, now: Date, itemUrl: string): string | undefined {
  if (item.kind !== 'session') return undefined;
  const { upcoming } = sessionTimes(item, now);
  if (upcoming.length === 0) return undefined;
  const toArray = (d: Date): [number, number, number, number, number] => [
    d.getUTCFullYear(),
    d.getUTCMonth() + 1,
    d.getUTCDate(),
    d.getUTCHours(),
    d.getUTCMinutes(),
  ];
  const events: EventAttributes[] = upcoming.map((d) => {
    const start = ukLocalToDate(d.start.length === 10 ? `${d.start}T09:00` : d.start);
    const end = d.end && d.end.length > 10 ? ukLocalToDate(d.end) : new Date(start.getTime() + 3600_000);
    return {
      uid: `${item.id}-${d.start}@send-signpost`,
      title: item.title,
      description: `${item.summary}\n\n${item.booking ?? ''}`.trim(),
      location: item.online ? 'Online' : item.place,
      url: itemUrl,
      start: toArray(start),
      startInputType: 'utc',
      startOutputType: 'utc',
      end: toArray(end),
      endInputType: 'utc',
      endOutputType: 'utc',
      productId: 'send-signpost',
    };
  });
  const { error, value } = createEvents(events);
  return error || !value ? undefined : value;
}
