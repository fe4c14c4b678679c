import { message, type Button, type MessageReply } from './reply';

/** Replies that never search or cite: welcome, help, hello, thanks, goodbye. */

const areaButtons: Button[] = [
  { kind: 'action', title: 'Leicester City', data: { action: 'choose', setting: 'area', value: 'leicester' } },
  { kind: 'action', title: 'Leicestershire', data: { action: 'choose', setting: 'area', value: 'leicestershire' } },
  { kind: 'action', title: 'Rutland', data: { action: 'choose', setting: 'area', value: 'rutland' } },
];

const roleButtons: Button[] = [
  { kind: 'action', title: "I'm a parent or carer", data: { action: 'choose', setting: 'role', value: 'parent' } },
  { kind: 'action', title: 'I work in a school or setting', data: { action: 'choose', setting: 'role', value: 'professional' } },
];

export const PRIVACY_LINE = 'Please do not share names or personal details: I do not need them to help.';

export function welcomeReply(): MessageReply {
  return message(
    'welcome',
    [
      "Hello, I'm **SEND Signpost**. I can help you find information about special educational needs and disabilities (SEND) in Leicester, Leicestershire and Rutland: support at school, EHC plans, funding, speech and language, local services, forms and drop-in sessions.",
      "I'm a computer program, not a person, and I show where each answer comes from. " + PRIVACY_LINE,
      'Where do you live, and are you a parent or carer or do you work in a school? (You can skip this and just ask.)',
    ].join('\n\n'),
    [...areaButtons, ...roleButtons],
  );
}

export function helpReply(): MessageReply {
  const examples = [
    'How do I ask for an EHC needs assessment?',
    'What support is there while we wait for an autism assessment?',
    'When is the next SENIF drop-in?',
    'What are the three tiers of alternative provision?',
  ];
  return message(
    'help',
    [
      'You can ask me about SEND in Leicester, Leicestershire and Rutland in your own words. For example:',
      examples.map((e) => `- ${e}`).join('\n'),
      'You can also say **talk to a person**, **change area** or **start over** at any time.',
    ].join('\n\n'),
    [...examples.slice(0, 3).map((e): Button => ({ kind: 'say', title: e, text: e })), { kind: 'say', title: 'Talk to a person', text: 'Talk to a person' }],
  );
}

export const greetingReply = (): MessageReply =>
  message('greeting', 'Hello! What would you like to know? You can ask about support at school, EHC plans, funding, services or events.', [
    { kind: 'say', title: 'What can you help with?', text: 'help' },
  ]);

export const thanksReply = (): MessageReply => message('thanks', "You're welcome. Is there anything else I can help with?");

export const byeReply = (): MessageReply => message('bye', 'Goodbye, and take care. You can come back and ask at any time.');

export function changeAreaReply(): MessageReply {
  return message('change-area', 'Which area do you live in, or does your school serve?', [
    ...areaButtons,
    { kind: 'action', title: 'Not in LLR / not sure', data: { action: 'choose', setting: 'area', value: 'unknown' } },
  ]);
}

export const startOverReply = (): MessageReply =>
  message('start-over', "I've cleared what you told me. " + PRIVACY_LINE + ' What would you like to know?', [...areaButtons]);

const areaNames = { leicester: 'Leicester City', leicestershire: 'Leicestershire', rutland: 'Rutland', llr: 'Leicester, Leicestershire and Rutland', national: 'England' } as const;

export function profileNotedReply(area?: keyof typeof areaNames, role?: 'parent' | 'professional'): MessageReply {
  const parts: string[] = [];
  if (area) parts.push(`I'll show information for ${areaNames[area]} first`);
  if (role) parts.push(role === 'parent' ? 'written for parents and carers' : 'for school and setting staff');
  return message('profile', `Thanks. ${parts.join(', ')}. What would you like to know?`);
}


/** How an area is named to people ("Leicester City", not "leicester"). */
export const areaName = (area: keyof typeof areaNames): string => areaNames[area];
