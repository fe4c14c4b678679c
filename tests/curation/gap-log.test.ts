import { mkdtempSync, readFileSync, existsSync, writeFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GapLog, readGapLog, GAP_FILE, OLD_GAP_FILE, MAX_QUERY_CHARS } from '../../bot/curation/gap-log';
import type { GapEvent } from '../../bot/conversation/services';

const tempDir = () => mkdtempSync(join(tmpdir(), 'signpost-gaps-'));
const event = (query: string, extra: Partial<GapEvent> = {}): GapEvent => ({ kind: 'declined', query, channel: 'webchat', version: 'v1', ...extra });

describe('the gap log', () => {
  it('appends one JSON line per gap under DATA_DIR, creating the folder', () => {
    const dir = join(tempDir(), 'data');
    const log = new GapLog(dir, { now: () => new Date('2026-11-23T10:00:00Z') });
    log.record(event('can I get a blue badge'));
    log.record(event('which one?', { kind: 'clarify-unchosen', options: ['a', 'b'] }));
    log.record(event('how do I apply for E3', { kind: 'not-helpful', item: 'element-3-top-up-funding', channel: 'msteams' }));
    const lines = readFileSync(join(dir, GAP_FILE), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toEqual([
      { at: '2026-11-23T10:00:00.000Z', kind: 'declined', query: 'can I get a blue badge', channel: 'webchat', version: 'v1' },
      { at: '2026-11-23T10:00:00.000Z', kind: 'clarify-unchosen', query: 'which one?', options: ['a', 'b'], channel: 'webchat', version: 'v1' },
      { at: '2026-11-23T10:00:00.000Z', kind: 'not-helpful', query: 'how do I apply for E3', item: 'element-3-top-up-funding', channel: 'msteams', version: 'v1' },
    ]);
    expect(readGapLog(dir).records).toHaveLength(3);
  });

  it('keeps service names the content uses, and removes a bare full name it does not', () => {
    const dir = tempDir();
    new GapLog(dir, { knownWords: () => new Set(['dingley', 'promise']) }).record(event("Is Dingley's Promise open for Bartholomew Quigley-Snape?"));
    expect(readGapLog(dir).records[0]!.query).toBe("Is Dingley's Promise open for [name]?");
  });

  it('never writes personal details to the disk', () => {
    const dir = tempDir();
    new GapLog(dir).record(
      event('My daughter is called Amy Smith, born 12/03/2015, NHS 943 476 5919, LE1 6ZG, 07700 900123, amy.mum@gmail.com: can she get an EHCP?'),
    );
    const raw = readFileSync(join(dir, GAP_FILE), 'utf8');
    for (const detail of ['Amy', 'Smith', '12/03/2015', '943 476 5919', 'LE1 6ZG', '07700 900123', 'amy.mum', 'gmail']) expect(raw).not.toContain(detail);
    expect(JSON.parse(raw).query).toBe(
      'My daughter is called [name], born [date], NHS [NHS number], [postcode], [phone], [email]: can she get an EHCP?',
    );
  });

  it('cuts very long questions after removing personal details', () => {
    const dir = tempDir();
    new GapLog(dir).record(event(`${'word '.repeat(400)} call 07700 900123`));
    const { query } = JSON.parse(readFileSync(join(dir, GAP_FILE), 'utf8'));
    expect(query.length).toBeLessThanOrEqual(MAX_QUERY_CHARS + 1);
    expect(query).not.toMatch(/07700/);
  });

  it('keeps the file bounded: past the cap it starts a new file and keeps one older one', () => {
    const dir = tempDir();
    const log = new GapLog(dir, { maxBytes: 2000 });
    for (let i = 0; i < 100; i++) log.record(event(`question number ${i} about something`));
    expect(statSync(join(dir, GAP_FILE)).size).toBeLessThanOrEqual(2000);
    expect(statSync(join(dir, OLD_GAP_FILE)).size).toBeLessThanOrEqual(2000);
    const { records } = readGapLog(dir);
    expect(records.at(-1)?.query).toBe('question number 99 about something');
    expect(records.length).toBeLessThan(100);
  });

  it('picks up the size of an existing file after a restart', () => {
    const dir = tempDir();
    writeFileSync(join(dir, GAP_FILE), `${JSON.stringify({ at: '2026-01-01T00:00:00.000Z', kind: 'declined', query: 'x'.repeat(300), channel: 'c', version: 'v' })}\n`);
    new GapLog(dir, { maxBytes: 400 }).record(event('a new question'));
    expect(existsSync(join(dir, OLD_GAP_FILE))).toBe(true);
  });

  it('never throws into the conversation when it cannot write', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'not-a-folder'), 'x');
    const errors: Error[] = [];
    const log = new GapLog(join(dir, 'not-a-folder'), { onError: (e) => errors.push(e) });
    expect(() => log.record(event('can I get a blue badge'))).not.toThrow();
    expect(errors).toHaveLength(1);
    expect(errors[0].message).not.toContain('blue badge');
  });

  it('skips damaged lines when reading', () => {
    const dir = tempDir();
    new GapLog(dir).record(event('a good line'));
    writeFileSync(join(dir, GAP_FILE), `${readFileSync(join(dir, GAP_FILE), 'utf8')}not json\n{"kind":"declined"}\n`);
    const read = readGapLog(dir);
    expect(read.records.map((r) => r.query)).toEqual(['a good line']);
    expect(read.skipped).toBe(2);
  });
});
