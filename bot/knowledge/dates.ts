import type { SessionDate, SessionItem } from './schema';

/**
 * Dates as people in Leicester, Leicestershire and Rutland read them: content holds UK
 * wall-clock times (YYYY-MM-DDTHH:MM), so every comparison with "now" happens in UK time,
 * British Summer Time included.
 */

// Building an Intl formatter is costly; one is enough.
const ukClock = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** Today's date in the UK as YYYY-MM-DD: review dates and content:new use it. */
export const ukToday = (now = new Date()): string => ukLocalNow(now).slice(0, 10);

/** The wall-clock time in the UK now, as YYYY-MM-DDTHH:MM, to compare with session dates. */
export function ukLocalNow(now: Date): string {
  const parts = Object.fromEntries(ukClock.formatToParts(now).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

const asLocal = (s: string) => (s.length === 10 ? `${s}T23:59` : s);

export type SessionTimes = { upcoming: SessionDate[]; past: SessionDate[] };

/** Split a session's dates into upcoming (soonest first) and past (latest first), relative to now. */
export function sessionTimes(item: Pick<SessionItem, 'dates'>, now: Date): SessionTimes {
  const local = ukLocalNow(now);
  const ends = (d: SessionDate) => asLocal(d.end ?? d.start);
  const upcoming = item.dates.filter((d) => ends(d) >= local).sort((a, b) => a.start.localeCompare(b.start));
  const past = item.dates.filter((d) => ends(d) < local).sort((a, b) => b.start.localeCompare(a.start));
  return { upcoming, past };
}

const dayFormat = new Intl.DateTimeFormat('en-GB', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "Wednesday 26 February 2025, 10:00 to 11:30" */
export function describeDate(d: SessionDate): string {
  const day = dayFormat.format(new Date(`${d.start.slice(0, 10)}T12:00:00Z`)).replace(/^(\w+),/, '$1');
  const from = d.start.length > 10 ? d.start.slice(11, 16) : '';
  const to = d.end && d.end.length > 10 ? d.end.slice(11, 16) : '';
  const sameDay = !d.end || d.end.slice(0, 10) === d.start.slice(0, 10);
  let text = day;
  if (from) text += `, ${from}`;
  if (to && sameDay) text += ` to ${to}`;
  else if (d.end && !sameDay) text += ` to ${dayFormat.format(new Date(`${d.end.slice(0, 10)}T12:00:00Z`))}`;
  if (d.note) text += ` (${d.note})`;
  return text;
}

/** The instant a UK wall-clock time (YYYY-MM-DDTHH:MM) happens, allowing for British Summer Time. */
export function ukLocalToDate(local: string): Date {
  const [d, t = '00:00'] = local.split('T');
  const [y, mo, day] = d.split('-').map(Number);
  const [h, mi] = t.split(':').map(Number);
  const guess = Date.UTC(y, mo - 1, day, h, mi);
  const shown = ukLocalNow(new Date(guess));
  const [sd, st] = shown.split('T');
  const [sy, smo, sday] = sd.split('-').map(Number);
  const [sh, smi] = st.split(':').map(Number);
  const offset = Date.UTC(sy, smo - 1, sday, sh, smi) - guess;
  return new Date(guess - offset);
}
