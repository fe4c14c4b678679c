import { describe, expect, it } from 'vitest';
import { describeDate, sessionTimes, ukLocalNow, ukLocalToDate } from '../../bot/knowledge/dates';

const dates = [
  { start: '2025-02-26T10:00', end: '2025-02-26T11:30' },
  { start: '2025-04-30T10:00', end: '2025-04-30T11:30' },
  { start: '2025-03-26T10:00', end: '2025-03-26T11:30' },
];

describe('session dates', () => {
  it('lists upcoming dates soonest first relative to today', () => {
    const { upcoming, past } = sessionTimes({ dates }, new Date('2025-03-01T12:00:00Z'));
    expect(upcoming.map((d) => d.start)).toEqual(['2025-03-26T10:00', '2025-04-30T10:00']);
    expect(past.map((d) => d.start)).toEqual(['2025-02-26T10:00']);
  });

  it('treats a session still running as upcoming, and one that ended as past', () => {
    expect(sessionTimes({ dates }, new Date('2025-02-26T11:00:00Z')).upcoming[0].start).toBe('2025-02-26T10:00');
    expect(sessionTimes({ dates }, new Date('2025-02-26T11:31:00Z')).upcoming[0].start).toBe('2025-03-26T10:00');
  });

  it('never presents a past date as upcoming', () => {
    const { upcoming, past } = sessionTimes({ dates }, new Date('2026-11-23T09:00:00Z'));
    expect(upcoming).toEqual([]);
    expect(past[0].start).toBe('2025-04-30T10:00');
  });

  it('uses UK time, including British Summer Time', () => {
    expect(ukLocalNow(new Date('2025-07-01T09:30:00Z'))).toBe('2025-07-01T10:30');
    expect(ukLocalToDate('2025-07-01T10:30').toISOString()).toBe('2025-07-01T09:30:00.000Z');
    expect(ukLocalToDate('2025-01-15T10:30').toISOString()).toBe('2025-01-15T10:30:00.000Z');
  });

  it('describes a date the way people say it', () => {
    expect(describeDate(dates[0])).toMatch(/^Wednesday,? 26 February 2025, 10:00 to 11:30$/);
  });
});
