import type { Item } from '../knowledge/schema';
import { contactLine, findCouncilButton, reachButtons } from './handoff';
import { message, type MessageReply } from './reply';

/**
 * "I don't know", said plainly, with where to get help: SENDIASS for the person's area (from
 * the content staff keep, with buttons to reach it) and GOV.UK's council finder, which is
 * always right. Never cited: nothing was found.
 */
export function declineReply(sendiass: readonly Item[] = [], publicUrl = '', areaKnown = false): MessageReply {
  const people = sendiass.slice(0, 2);
  const lines = [
    "Sorry, I don't have information about that.",
    'I can help with special educational needs and disabilities (SEND) in Leicester, Leicestershire and Rutland: support in school, EHC plans, funding, speech and language, alternative provision, local services and events.',
    'For free, impartial advice from a person, contact SENDIASS (the SEND Information, Advice and Support Service) for your area.',
  ];
  for (const item of people) {
    const how = contactLine(item);
    lines.push(`- **${item.title}**${how ? `: ${how}` : ''}`);
  }
  if (!areaKnown || people.length === 0) lines.push(`${people.length ? 'Anywhere else, to' : 'To'} find your council's SENDIASS, search for your council's name with "SENDIASS", or use GOV.UK's council finder.`);
  return message('decline', lines.join('\n\n'), [
    ...people.flatMap((item) => reachButtons(item, publicUrl)),
    findCouncilButton,
    { kind: 'say', title: 'Talk to a person', text: 'Talk to a person' },
    { kind: 'say', title: 'What can you help with?', text: 'help' },
  ]);
}
