import { describe, expect, it } from 'vitest';
import { detectRisk, safeguardingReply } from '../../bot/conversation/safeguarding';

// Disclosures a parent, carer or member of staff might type. Each must bring the help numbers first.
const atRisk = [
  'my daughter keeps saying she wants to hurt herself',
  "I'm worried a child is being hurt at home",
  'my son has been self harming',
  'she is cutting herself again',
  'my 14 year old is talking about suicide',
  'I think my son is suicidal',
  "he said he doesn't want to live any more",
  'my daughter says she wants to die',
  'I found out my child took an overdose',
  'a pupil told me her dad hits her',
  'my ex hits my son when he visits',
  'I think my neighbour is neglecting her kids',
  'a child in my class is being abused',
  'I think my son is being groomed online',
  'he is scared to go home after school',
  'she told me she is not safe at home',
  'my partner threatened to kill me and the children',
  'there is domestic violence in our house',
  'my autistic son has gone missing',
  'the child is in danger right now',
  'he said he wants to end his life',
  'my daughter keeps harming herself and I need help with her EHCP',
  'She is being touched by an adult',
  'my child was kicked and punched at home',
  'I think a child at school is not being fed',
];

// Everyday phrases with the same words and no risk. None of these may trigger it.
const notAtRisk = [
  'this paperwork is killing me',
  'I could murder a cup of tea',
  "I'm dying to know when the drop-in is",
  'How do I apply for E3 funding?',
  'the annual review form has gone missing from the portal',
  'What support is there while we wait for an autism diagnosis?',
  'my son finds loud noises hurt his ears',
  'how do I cut down the waiting time for speech therapy',
  'the missing information on the form',
  'we are killing two birds with one stone at the review',
  'does the emergency funding cover a crisis situation',
  'When is the next SENIF drop-in?',
  'I am missing out on the coffee morning',
  'What is internal alternative provision?',
  'my daughter is struggling at school and I feel lost',
  'can I talk to a real person',
  'what happens at a tribunal',
  'my son was excluded and hit the roof',
  'the new system is a danger to nobody, just slow',
  'cutting corners on the EHCP is not acceptable',
  'what are the criteria for emergency top up funding',
];

describe('safeguarding', () => {
  it.each(atRisk)('recognises a disclosure: %s', (text) => {
    expect(detectRisk(text)).toBeDefined();
  });

  it.each(notAtRisk)('is not set off by an everyday phrase: %s', (text) => {
    expect(detectRisk(text)).toBeUndefined();
  });

  it('gives 999, Childline and Samaritans first for self-harm', () => {
    const reply = safeguardingReply('self-harm', 'parent');
    expect(reply.text.split('\n')[0]).toContain('999');
    expect(reply.text).toContain('116 123');
    expect(reply.text).toContain('0800 1111');
    expect(reply.text).toContain('85258');
  });

  it("tells professionals to follow their school's procedure and their DSL", () => {
    const reply = safeguardingReply('abuse', 'professional');
    expect(reply.text).toMatch(/Designated Safeguarding Lead/);
    expect(reply.text).toContain('0808 800 5000');
    expect(reply.buttons.some((b) => b.kind === 'url' && b.url === 'tel:999')).toBe(true);
  });
});
