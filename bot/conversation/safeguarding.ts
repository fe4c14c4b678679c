import type { Audience } from '../knowledge/schema';
import { removeIdioms } from '../knowledge/idioms';
import { message, type Button, type MessageReply } from './reply';

/**
 * Recognising that a child may be at risk, before anything else happens in a turn. The
 * patterns need a harm and who it happens to ("she wants to hurt herself", "being hit at
 * home"), so that everyday exaggeration ("this paperwork is killing me", "I could murder a
 * cup of tea") does not set it off. When in doubt it errs towards showing the help numbers.
 */
export type Risk = 'self-harm' | 'abuse' | 'danger';

const self = String.raw`(?:him|her|them|my|your|our|their|one)sel(?:f|ves)`;
const person = String.raw`(?:he|she|they|him|her|them|my (?:son|daughter|child|kid|boy|girl|pupil|student)|the (?:child|pupil|student)|a (?:child|pupil|student)|child|pupil|student|i|me)`;

const patterns: { risk: Risk; re: RegExp }[] = [
  // Suicide and self-harm.
  { risk: 'self-harm', re: /\bsuicid(?:e|al)\b/ },
  { risk: 'self-harm', re: /\bself[ -]?harm(?:s|ing|ed)?\b/ },
  { risk: 'self-harm', re: new RegExp(String.raw`\b(?:hurt|hurting|harm|harming|cut|cutting|kill|killing|injure|injuring|starve|starving|burn|burning)s? ${self}\b`) },
  { risk: 'self-harm', re: /\b(?:end|ending|take|taking) (?:his|her|their|my|your) (?:own )?life\b/ },
  { risk: 'self-harm', re: /\bwants? to die\b|\bwanting to die\b|\bwant(?:s|ed)? to be dead\b|\bbetter off dead\b|\bdoes(?:n'?t| not) want to (?:live|be alive)\b|\bdon'?t want to (?:live|be alive)\b/ },
  { risk: 'self-harm', re: /\boverdos(?:e|ed|ing)\b/ },
  // Abuse and neglect.
  { risk: 'abuse', re: /\b(?:sexual(?:ly)? )?abus(?:e|ed|ing|ive)\b(?!\s+of\s+(?:power|process|the system))/ },
  { risk: 'abuse', re: /\bneglect(?:ed|ing)?\b/ },
  { risk: 'abuse', re: /\bgroom(?:ed|ing)\b/ },
  { risk: 'abuse', re: /\bdomestic (?:violence|abuse)\b/ },
  {
    risk: 'abuse',
    re: new RegExp(
      String.raw`\b(?:is|are|was|were|being|been|gets?|getting|got) (?:being )?(?:hit|beaten|hurt|kicked|punched|slapped|burn(?:ed|t)|touched|shaken|locked (?:in|up)|starved|threatened|smacked|strangled|choked)\b`,
    ),
  },
  {
    risk: 'abuse',
    re: new RegExp(String.raw`\b(?:hits|beats|kicks|punches|slaps|hurts|smacks|chokes|strangles|touches) ${person}\b`),
  },
  { risk: 'abuse', re: /\b(?:scared|afraid|frightened|terrified) (?:to go|of going) home\b/ },
  { risk: 'abuse', re: /\b(?:not|isn'?t|never) safe at home\b|\bunsafe at home\b/ },
  { risk: 'abuse', re: /\bthreat(?:en|ens|ened|ening) to (?:kill|hurt|harm|hit)\b/ },
  { risk: 'abuse', re: /\b(?:not (?:being )?fed|no food (?:at home|for days)|left alone (?:all|for) (?:day|night|days|hours))\b/ },
  // Immediate danger.
  { risk: 'danger', re: /\bin (?:immediate |serious )?danger\b/ },
  {
    risk: 'danger',
    re: /\b(?:he|she|they|son|daughter|child|kid|boy|girl|pupil|student|teenager)(?: has| have| is| had| was| went)? (?:gone |been )?missing\b|\b(?:ran|run|running) away from home\b/,
  },
];

export function detectRisk(text: string): Risk | undefined {
  const t = text
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, ' ');
  const cleaned = removeIdioms(t).text;
  return patterns.find((p) => p.re.test(cleaned))?.risk;
}

const call = (title: string, number: string): Button => ({ kind: 'url', title, url: `tel:${number.replace(/\s/g, '')}` });

/** What to do now. Said before anything else in the turn. */
export function safeguardingReply(risk: Risk, audience: Audience): MessageReply {
  const lines: string[] = [
    '**If a child or anyone else is in immediate danger, call 999 now.**',
  ];
  if (audience === 'professional') {
    lines.push(
      "Follow your school's safeguarding procedure and tell your **Designated Safeguarding Lead (DSL)** straight away, today. If the DSL is not available, speak to the deputy or contact children's social care yourself.",
    );
  }
  if (risk === 'self-harm') {
    lines.push(
      '- **Samaritans**: call **116 123**, free, day or night.',
      '- **Shout**: text **SHOUT** to **85258** for free, confidential support by text.',
      '- **Childline** (for children and young people): call **0800 1111**, free.',
      '- Worried about a child? The **NSPCC helpline** for adults: **0808 800 5000**.',
    );
  } else {
    lines.push(
      '- Worried about a child? The **NSPCC helpline** for adults: **0808 800 5000**.',
      '- **Childline** (for children and young people): call **0800 1111**, free.',
      "- Your council's **children's social care** team can act to protect a child: contact Leicester City, Leicestershire or Rutland council and ask for children's social care (outside office hours, call 999 if a child is in danger).",
      '- If someone is in crisis: **Samaritans 116 123**, or text **SHOUT** to **85258**.',
    );
  }
  lines.push('You do not need to give me any names or details.');
  return message('safeguarding', lines.join('\n\n'), [
    call('Call 999', '999'),
    call('NSPCC 0808 800 5000', '0808 800 5000'),
    call('Childline 0800 1111', '0800 1111'),
    call('Samaritans 116 123', '116 123'),
  ]);
}
