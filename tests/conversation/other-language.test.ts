import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_CONTENT, startTestBot, visibleText, type TestBot } from '../helpers/bot';
import { loadLanguageNotes } from '../../bot/knowledge/language-notes';

const LANGUAGES = resolve(__dirname, '../../content/languages');
const CRISIS_NUMBERS = ['999', '116 123', '0808 800 5000', '0800 1111'];

/** A line of each reply that only that language's text has (checked against the file itself). */
const messages: [string, string, string][] = [
  ['Polish', 'pl', 'Czy mój syn może dostać dodatkową pomoc w szkole?'],
  ['Somali', 'so', 'Gabadhaydu ma heli kartaa taageero dheeraad ah dugsiga?'],
  ['Urdu', 'ur', 'میرے بیٹے کو اسکول میں اضافی مدد کی ضرورت ہے'],
  ['Arabic', 'ar', 'ابنتي تحتاج إلى مساعدة إضافية في المدرسة'],
  ['Gujarati', 'gu', 'મારી દીકરીને શાળામાં વધારે મદદ જોઈએ છે'],
  ['Punjabi', 'pa', 'ਮੇਰੀ ਧੀ ਨੂੰ ਸਕੂਲ ਵਿੱਚ ਵਾਧੂ ਮਦਦ ਚਾਹੀਦੀ ਹੈ'],
  ['Bengali', 'bn', 'আমার মেয়ের স্কুলে বাড়তি সাহায্য লাগবে'],
];

describe('messages in other languages', () => {
  let bot: TestBot;
  beforeAll(async () => {
    const content = mkdtempSync(join(tmpdir(), 'signpost-content-'));
    cpSync(FIXTURE_CONTENT, content, { recursive: true });
    cpSync(LANGUAGES, join(content, 'languages'), { recursive: true });
    bot = await startTestBot({ content });
  });
  afterAll(async () => bot?.close());

  it('keeps a reviewable file for every listed language, each marked for a fluent speaker to check', () => {
    const notes = loadLanguageNotes(resolve(LANGUAGES, '..'));
    for (const [language] of messages) {
      const note = [...notes.values()].find((n) => n.language === language);
      expect(note, language).toBeDefined();
      expect(note!.fluent_review).toBe('needed');
      for (const number of CRISIS_NUMBERS) expect(note!.text, `${language} has ${number}`).toContain(number);
      expect(note!.text).toContain('SENDIASS');
    }
  });

  it.each(messages)('answers a message in %s in %s, with the crisis numbers and SENDIASS buttons', async (language, code, text) => {
    const notes = loadLanguageNotes(resolve(LANGUAGES, '..'));
    const note = [...notes.values()].find((n) => n.code === code)!;
    for (const channel of ['webchat', 'msteams'] as const) {
      const replies = await bot.say(text, { channel });
      expect(replies).toHaveLength(1);
      const [reply] = replies;
      expect(reply.locale).toBe(code);
      // The first paragraph of the staff's text, as written (escaping changes nothing in it).
      expect(reply.text).toContain(note.text.split('\n')[0]);
      for (const number of CRISIS_NUMBERS) expect(reply.text).toContain(number);
      expect(visibleText(replies)).not.toMatch(/I don't have|I do not have/);
    }
  });

  it('answers English with a few words from other languages in English', async () => {
    for (const text of ['How long does an E3 application take? He goes to the madrasa after school', 'Is there a halal menu at the SENIF drop-in? Inshallah we can come']) {
      const replies = await bot.say(text);
      expect(replies.length).toBeGreaterThan(0);
      expect(replies.every((r) => r.locale === undefined || /^en\b/.test(r.locale))).toBe(true);
      expect(visibleText(replies)).not.toMatch(/only answer in English|tylko po angielsku/);
    }
  });

  it('gives the English "answers are in English" reply for a language with no file of its own', async () => {
    const [reply] = await bot.say('Моей дочери нужна помощь в школе');
    expect(reply.text).toMatch(/I can only answer in English/);
    expect(reply.text).toContain('116 123');
  });
});

describe('language files staff keep', () => {
  it('leaves out a broken file with its file, field and problem, and keeps the others', () => {
    const dir = mkdtempSync(join(tmpdir(), 'signpost-languages-'));
    cpSync(LANGUAGES, join(dir, 'languages'), { recursive: true });
    writeFileSync(join(dir, 'languages', 'ro.md'), '---\nlanguage: Romanian\ncode: ro\ndetect: ron\nreviewed: 2026-12-01\nfluent_review: maybe\n---\nBună ziua.\n');
    const problems: string[] = [];
    const notes = loadLanguageNotes(dir, (p) => problems.push(p));
    expect(problems.join('\n')).toMatch(/languages\/ro\.md: fluent_review: /);
    expect(notes.has('ron')).toBe(false);
    expect(notes.has('pol')).toBe(true);
  });
});
