import type { Audience } from '../../knowledge/schema';
import { message, type Button, type MessageReply } from '../reply';
import type { Screening } from './screen';

/**
 * What to do now, said before anything else in the turn. Each kind of crisis gets the help
 * that fits it; every one starts with 999. Only national, public numbers: 999, Samaritans
 * 116 123, Shout 85258, Childline 0800 1111, the NSPCC helpline 0808 800 5000, NHS 111,
 * Refuge's National Domestic Abuse Helpline 0808 2000 247, Missing People 116 000, police 101.
 */
const call = (title: string, number: string): Button => ({ kind: 'url', title, url: `tel:${number.replace(/\s/g, '')}` });
const sms = (title: string, number: string, body: string): Button => ({ kind: 'url', title, url: `sms:${number}?&body=${body}` });

const SAMARITANS = '- **Samaritans**: call **116 123**, free, day or night.';
const SHOUT = '- **Shout**: text **SHOUT** to **85258**, free, any time.';
const NHS111 = '- **NHS 111**: call **111** and choose the **mental health option** for urgent mental health help.';
const CHILDLINE = '- **Childline**, for children and young people up to 19: call **0800 1111**, free.';
const NSPCC = '- **NSPCC helpline**, for adults worried about a child: **0808 800 5000**.';
const SOCIAL_CARE =
  "- Your council's **children's social care** team can act to protect a child: contact Leicester City, Leicestershire or Rutland council and ask for children's social care. Outside office hours, call 999 if a child is in danger.";
const NAMES = 'You do not need to give me any names or details.';
const DSL = "- Follow your school's safeguarding procedure and tell your **Designated Safeguarding Lead (DSL)** straight away, today. If the DSL is not available, tell the deputy DSL, or contact children's social care yourself.";

type Kind = 'self' | 'someone' | 'abuse' | 'domestic' | 'online' | 'missing' | 'danger' | 'dependant';

function kindOf(s: Screening): Kind {
  switch (s.category) {
    case 'immediate-danger':
      return 'danger';
    case 'child-missing':
      return 'missing';
    case 'dependant-at-risk':
      return 'dependant';
    case 'domestic-abuse':
      return 'domestic';
    case 'grooming-exploitation':
      return 'online';
    case 'abuse-physical':
    case 'abuse-sexual':
    case 'abuse-emotional':
    case 'neglect':
      return 'abuse';
    case 'third-party':
      return 'someone';
    default:
      return s.about === 'self' ? 'self' : 'someone';
  }
}

/** The crisis reply for a screening whose tier is 'crisis'. */
export function crisisReply(s: Screening, audience: Audience): MessageReply {
  const staff = audience === 'professional';
  const kind = kindOf(s);
  const lines: string[] = [];
  const buttons: Button[] = [call('Call 999', '999')];
  switch (kind) {
    case 'self':
      lines.push(
        "I'm really sorry you're feeling like this, and I'm glad you said something. You matter, and you don't have to deal with this on your own.",
        '**If you might act on these thoughts, or you have already hurt yourself or taken something, call 999 now or go to A&E.**',
        'You can talk to someone right now:',
        [SAMARITANS, SHOUT, NHS111, CHILDLINE].join('\n'),
      );
      buttons.push(call('Samaritans 116 123', '116 123'), sms('Text SHOUT to 85258', '85258', 'SHOUT'), call('NHS 111', '111'), call('Childline 0800 1111', '0800 1111'));
      break;
    case 'someone':
      lines.push(
        '**If they are in danger now, have hurt themselves or taken something, or you cannot reach them, call 999.**',
        [
          '- If you can, stay with them, and move anything they could use to hurt themselves out of reach.',
          '- **NHS 111**: call **111** and choose the **mental health option** for urgent mental health help, for them or for you.',
          '- **Samaritans**: **116 123**, free, day or night, for them or for you. Or text **SHOUT** to **85258**.',
          CHILDLINE,
          NSPCC,
          ...(staff ? [DSL] : []),
        ].join('\n'),
      );
      buttons.push(call('NHS 111', '111'), call('Samaritans 116 123', '116 123'), call('Childline 0800 1111', '0800 1111'), call('NSPCC 0808 800 5000', '0808 800 5000'));
      break;
    case 'abuse':
      lines.push(
        '**If a child, or an adult who cannot protect themselves, is in danger right now, call 999.**',
        [
          ...(staff ? [DSL] : []),
          SOCIAL_CARE,
          NSPCC,
          CHILDLINE,
          "- For an adult with care and support needs, ask the council for **adult social care** (safeguarding adults). For the police when it is not an emergency, call **101**.",
          '- Listen, stay calm and tell them they were right to say something. Do not confront the person you are worried about.',
        ].join('\n'),
      );
      buttons.push(call('NSPCC 0808 800 5000', '0808 800 5000'), call('Childline 0800 1111', '0800 1111'), call('Police 101', '101'));
      break;
    case 'domestic':
      lines.push(
        '**If you or the children are in danger now, call 999.** If you cannot speak, call 999 from a mobile, then press **55** when asked: the police will know it is a real call.',
        [
          "- **National Domestic Abuse Helpline** (run by Refuge): call **0808 2000 247**, free, 24 hours a day. It's confidential, and you do not have to leave to get help.",
          NSPCC,
          CHILDLINE,
          ...(staff ? [DSL] : [SOCIAL_CARE]),
        ].join('\n'),
      );
      buttons.push(call('Domestic Abuse Helpline 0808 2000 247', '0808 2000 247'), call('NSPCC 0808 800 5000', '0808 800 5000'));
      break;
    case 'online':
      lines.push(
        '**If a child is in danger now, or someone is arranging to meet them, call 999.**',
        [
          ...(staff ? [DSL] : []),
          "- Report it to **CEOP**, the National Crime Agency's child protection service for online abuse, or to the police on **101**.",
          '- Keep the messages and the account names. Do not forward, copy or save any images: show them to the police instead.',
          NSPCC,
          CHILDLINE,
        ].join('\n'),
      );
      buttons.push(call('Police 101', '101'), call('NSPCC 0808 800 5000', '0808 800 5000'), call('Childline 0800 1111', '0800 1111'));
      break;
    case 'missing':
      lines.push(
        "**Call 999 now.** You do not have to wait 24 hours to report a child missing, and you can call again if you're still waiting.",
        [
          ...(staff ? ["- Follow your school's missing child procedure and tell your **DSL** and the child's parents or carers now."] : []),
          '- Tell the police what they are wearing, where they might go, and about their needs (for example autism, how they communicate, medication) so they can be found safely.',
          '- Check places they like to go and people they might go to, and keep your phone free.',
          '- **Missing People**: call or text **116 000**, free, any time.',
        ].join('\n'),
      );
      buttons.push(call('Missing People 116 000', '116 000'));
      break;
    case 'danger':
      lines.push(
        '**Call 999 now.**',
        [
          '- If someone has swallowed something or taken an overdose, call 999 even if they seem well: some harm shows only hours later.',
          '- Stay with them if it is safe, keep yourself safe, and follow what the 999 call handler tells you.',
          ...(staff ? [DSL] : []),
          '- When everyone is safe: **Samaritans 116 123**, **NHS 111** (mental health option), and for a child, **Childline 0800 1111** or the **NSPCC 0808 800 5000**.',
        ].join('\n'),
      );
      buttons.push(call('Samaritans 116 123', '116 123'), call('NHS 111', '111'));
      break;
    case 'dependant':
      lines.push(
        '**If your child is in danger now, call 999.**',
        [
          '- If you feel you might hurt them, put them somewhere safe (a cot, another room, or with another adult) and step away for a few minutes.',
          '- **NHS 111**: call **111** and choose the **mental health option** for urgent help for you.',
          SAMARITANS,
          '- **NSPCC helpline**: **0808 800 5000**, for parents and carers too.',
          ...(staff ? [DSL] : []),
        ].join('\n'),
        'Thoughts like these can happen to anyone under this much strain. Telling someone is the right thing to do.',
      );
      buttons.push(call('NHS 111', '111'), call('Samaritans 116 123', '116 123'), call('NSPCC 0808 800 5000', '0808 800 5000'));
      break;
  }
  lines.push(NAMES);
  return message('safeguarding', lines.join('\n\n'), buttons);
}

/** Distress without risk cues: a kind word and the support lines offered gently, said before the answer. */
export function distressReply(audience: Audience): MessageReply {
  const staff = audience === 'professional';
  const text = [
    staff
      ? "That sounds like a lot to carry. Look after yourself too: if it ever feels like too much, you can talk to someone, free and in confidence, at **Samaritans** on **116 123**, or text **SHOUT** to **85258**."
      : "That sounds really hard, and I'm sorry things are so tough right now. If it ever feels like too much, you can talk to someone any time: **Samaritans** on **116 123** (free, day or night), or text **SHOUT** to **85258**. For the SEND side, **SENDIASS** gives free, impartial advice and can be there with you at meetings.",
  ].join('\n\n');
  return message('support', text);
}
