import { message, type MessageReply } from './reply';

/** "I don't know", said plainly, with where to get help. Never cited: nothing was found. */
export function declineReply(): MessageReply {
  return message(
    'decline',
    [
      "Sorry, I don't have information about that.",
      'I can help with special educational needs and disabilities (SEND) in Leicester, Leicestershire and Rutland: support in school, EHC plans, funding, speech and language, alternative provision, local services and events.',
      'For free, impartial advice from a person, contact SENDIASS (the SEND Information, Advice and Support Service) for your area.',
    ].join('\n\n'),
    [
      { kind: 'say', title: 'Talk to a person', text: 'Talk to a person' },
      { kind: 'say', title: 'What can you help with?', text: 'help' },
    ],
  );
}
