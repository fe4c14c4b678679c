import { describe, expect, it } from 'vitest';
import { redact } from '../../bot/curation/redact';
import { loadContent } from '../../bot/knowledge/load';
import { contentWords } from '../../bot/knowledge/index-builder';
import { REAL_CONTENT } from '../helpers/bot';

const clean = (s: string) => redact(s).text;

describe('removing personal details', () => {
  describe('emails', () => {
    it.each([
      ['email me at jane.smith@gmail.com', 'email me at [email]'],
      ['jane.smith+school@outlook.co.uk.', '[email].'],
      ['(j_smith99@hotmail.com)', '([email])'],
      ['contact JANE@NHS.NET please', 'contact [email] please'],
    ])('%s', (input, expected) => {
      expect(clean(input)).toBe(expected);
      expect(redact(input).removed).toEqual(['email']);
    });
  });

  describe('phone numbers', () => {
    it.each([
      ['call me on 07700 900123', 'call me on [phone]'],
      ['07700900123', '[phone]'],
      ['07700 900 123', '[phone]'],
      ['+44 7700 900123', '[phone]'],
      ['+447700900123', '[phone]'],
      ['0044 7700 900123', '[phone]'],
      ['+44 (0)116 454 1009', '[phone]'],
      ['0116 454 1009', '[phone]'],
      ['(0116) 454 1009', '[phone]'],
      ['0116-454-1009', '[phone]'],
      ['01572 722577', '[phone]'],
      ['020 7946 0018', '[phone]'],
    ])('%s', (input, expected) => {
      expect(clean(input)).toBe(expected);
      expect(redact(input).removed).toEqual(['phone']);
    });
  });

  describe('NHS numbers', () => {
    it.each([
      ['his NHS number is 943 476 5919', 'his NHS number is [NHS number]'],
      ['9434765919', '[NHS number]'],
      ['943-476-5919', '[NHS number]'],
    ])('%s', (input, expected) => {
      expect(clean(input)).toBe(expected);
      expect(redact(input).removed).toEqual(['nhs-number']);
    });
  });

  describe('postcodes', () => {
    it.each([
      ['we live at LE1 6ZG', 'we live at [postcode]'],
      ['le16zg', '[postcode]'],
      ['LE16 0AB near Market Harborough', '[postcode] near Market Harborough'],
      ['LE15 6HP, Oakham', '[postcode], Oakham'],
      ['B1 1AA', '[postcode]'],
      ['SW1A 1AA', '[postcode]'],
    ])('%s', (input, expected) => {
      expect(clean(input)).toBe(expected);
      expect(redact(input).removed).toEqual(['postcode']);
    });
  });

  describe('dates of birth', () => {
    it.each([
      ['born 12/03/2015', 'born [date]'],
      ['dob 12.3.15', 'dob [date]'],
      ['12-03-2015', '[date]'],
      ['12 March 2015', '[date]'],
      ['12th of March 2015', '[date]'],
      ['12 Mar 15', '[date]'],
      ['March 12, 2015', '[date]'],
      ['2015-03-12', '[date]'],
      ['2015/03/12', '[date]'],
      ['born in March 2015', 'born in [date]'],
      ['date of birth: May 2016', 'date of birth: [date]'],
    ])('%s', (input, expected) => {
      expect(clean(input)).toBe(expected);
      expect(redact(input).removed).toEqual(['date']);
    });
  });

  describe('names introduced as names', () => {
    it.each([
      ['my son is called Tom Smith and he is 7', 'my son is called [name] and he is 7'],
      ["my daughter's name is amy", "my daughter's name is [name]"],
      ['My name is Jane Smith, mum of two', 'My name is [name], mum of two'],
      ["my name's Priya", "my name's [name]"],
      ['our foster child is called Kai', 'our foster child is called [name]'],
      ['My son Tom has ADHD', 'My son [name] has ADHD'],
      ['Mrs Jones the SENCo said no', 'Mrs [name] the SENCo said no'],
    ])('%s', (input, expected) => {
      expect(clean(input)).toBe(expected);
      expect(redact(input).removed).toEqual(['name']);
    });
  });

  it('removes other long reference numbers', () => {
    expect(clean('his UPN is A123456789012')).toBe('his UPN is A[number]');
  });

  it('removes several details in one message, each with its label', () => {
    const r = redact('My son is called Leo, born 12/03/2015, NHS 943 476 5919, we are at LE1 6ZG, call 07700 900123 or email a@b.com');
    expect(r.text).toBe('My son is called [name], born [date], NHS [NHS number], we are at [postcode], call [phone] or email [email]');
    expect(r.removed.sort()).toEqual(['date', 'email', 'name', 'nhs-number', 'phone', 'postcode']);
  });

  it('sees through full-width digits and zero-width spaces', () => {
    expect(clean('０７７００ ９００１２３')).toBe('[phone]');
    expect(clean('0770\u200B0 900123')).toBe('[phone]');
  });

  it.each([
    'How do I apply for E3 funding?',
    'E3 1st application',
    'my son is autistic',
    'my son has autism and ADHD',
    'my son ADHD diagnosis',
    'what happens at the 20 week point',
    'drop-in on 26 February',
    'is there help for children aged 0 to 25',
    'SEND strategy 2024-2027',
    'KS2 SATs in year 6',
    'Year 10 pupils',
    'the SENIF drop-in at 10:00',
  ])('leaves a question with nothing personal as it is: %s', (question) => {
    expect(redact(question)).toEqual({ text: question, removed: [] });
  });
});

describe('removing details written to dodge the patterns', () => {
  const knownWords = new Set(contentWords(loadContent(REAL_CONTENT).items));
  const cleanWith = (s: string) => redact(s, { knownWords }).text;

  describe('bare full names', () => {
    it.each([
      ['Bartholomew Quigley-Snape needs help with his EHCP', '[name] needs help with his EHCP'],
      ['I am Jacqueline Montmorency-Vale', 'I am [name]'],
      ["I'm Jacqueline, what is SENDIASS?", "I'm [name], what is SENDIASS?"],
      ['my daughter goes to nursery with Oliver Twistleton-Brackwater', 'my daughter goes to nursery with [name]'],
      ['Hi, Priyanka Wojciechowska here, about an EHCP', 'Hi, [name] here, about an EHCP'],
    ])('%s', (input, expected) => {
      expect(cleanWith(input)).toBe(expected);
      expect(redact(input, { knownWords }).removed).toEqual(['name']);
    });

    it.each([
      "Is Dingley's Promise open in the holidays?",
      'Does Leicester City have a Local Offer?',
      'What does the Educational Psychology Service do?',
      'Is there a drop-in near Market Harborough?',
      'Can Rutland County Council help with transport?',
      'What is the Graduated Approach?',
      'How do I ask for an EHC needs assessment?',
      'I am worried about my son',
    ])('keeps the name of a service or place the content knows: %s', (question) => {
      expect(redact(question, { knownWords })).toEqual({ text: question, removed: [] });
    });
  });

  describe('spaced or dotted digits', () => {
    it.each([
      ['0 7 7 0 0 9 0 0 3 2 1', '[phone]'],
      ['call 0.7.7.0.0.9.0.0.1.2.3 please', 'call [phone] please'],
      ['0-7-7-0-0-9-0-0-1-2-3', '[phone]'],
      ['his number is 9 4 3 4 7 6 5 9 1 9', 'his number is [number]'],
      ['ref 12 34 56 78 90', 'ref [number]'],
    ])('%s', (input, expected) => {
      expect(cleanWith(input)).toBe(expected);
    });

    it.each(['SEND strategy 2024-2027', 'plans for 2024 2025 2026', 'ages 0 to 25', 'year 5 or 6', 'the SENIF drop-in at 10:00'])('leaves ordinary numbers: %s', (question) => {
      expect(redact(question, { knownWords })).toEqual({ text: question, removed: [] });
    });
  });
});
