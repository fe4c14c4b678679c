import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../bot/knowledge/language';

describe('language detection', () => {
  it.each([
    ['pol', 'Czy mój syn może dostać dodatkową pomoc w szkole?'],
    ['pol', 'potrzebuję pomocy'],
    ['som', 'Gabadhaydu ma heli kartaa taageero dheeraad ah dugsiga?'],
    ['urd', 'میرے بیٹے کو اسکول میں اضافی مدد کی ضرورت ہے'],
    ['arb', 'ابنتي تحتاج إلى مساعدة إضافية في المدرسة'],
    ['guj', 'મારી દીકરીને શાળામાં વધારે મદદ જોઈએ છે'],
    ['pan', 'ਮੇਰੀ ਧੀ ਨੂੰ ਸਕੂਲ ਵਿੱਚ ਵਾਧੂ ਮਦਦ ਚਾਹੀਦੀ ਹੈ'],
    ['ben', 'আমার মেয়ের স্কুলে বাড়তি সাহায্য লাগবে'],
  ])('names %s for a message written in it', (code, text) => {
    expect(detectLanguage(text)).toBe(code);
  });

  it('says "other" for a clear language the bot has no reply for', () => {
    expect(detectLanguage('मेरी बेटी को स्कूल में मदद चाहिए')).toBe('other');
    expect(detectLanguage('Моей дочери нужна помощь в школе')).toBe('other');
  });

  it.each([
    'My son goes to the madrasa after school, can he still get SEN support?',
    'Is there a halal menu at the short breaks club? Inshallah he can go',
    'Danke and merci for the help with the SEND hub',
    'pls hlp my kid skool sen',
    'wat is ehcp n how do i get 1 for ma son',
    'ELSEC SLCN TSW EHCP SENDCo',
    'Oakfield',
    'hi',
    'ok',
    'annual review paperwork upload deadline queries',
  ])('leaves English (and too little to tell) to be answered in English: %s', (text) => {
    expect(detectLanguage(text)).toBeUndefined();
  });
});
