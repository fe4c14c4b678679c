import { MAX_SUMMARY_CHARS, type Kind } from '../knowledge/schema';
import { PLACEHOLDER } from '../knowledge/checks';

const todo = (hint: string) => `"${PLACEHOLDER} ${hint}"`;

const KIND_HELP: Record<Kind, string> = {
  article: 'article: explains something (what an EHCP is, how SEN support works).',
  service: 'service: a team, provision or organisation people can use.',
  form: 'form: something to apply for, request, refer to or register for.',
  session: 'session: a drop-in, meeting, course or event with dates.',
  contact: 'contact: a person or team to get in touch with.',
};

/** Suggested body headings per kind: what parents and SENDCos ask about each. */
const BODY: Record<Kind, string> = {
  article: `${PLACEHOLDER} explain it in plain words: what it is, who it is for, and what happens next.

## What it means for your child

${PLACEHOLDER} (delete headings you don't need, or add your own)
`,
  service: `${PLACEHOLDER} what the service does and who it helps.

## How to get help from it

${PLACEHOLDER} who can ask for it and how (delete headings you don't need)
`,
  form: `${PLACEHOLDER} what the form or request is for, in plain words.

## What happens after you apply

${PLACEHOLDER} who decides, and what they might decide (delete headings you don't need)
`,
  session: `${PLACEHOLDER} what happens at the session and who it is for.

- ${PLACEHOLDER} how to join or book, and who to ask for the joining details
`,
  contact: `${PLACEHOLDER} who they are and what they can help with.

They can help you to:

- ${PLACEHOLDER} one thing they help with per line
`,
};

function formFields(): string[] {
  return [
    '# --- For a form ---',
    '# Who may apply or refer (for example "Leicester City schools and settings, through their SENDCo").',
    `who_can_use: ${todo('who may apply or refer')}`,
    '# Each point someone must meet, one per line.',
    'eligibility:',
    `  - ${todo('one thing the child or applicant must meet')}`,
    '# Optional: what to have ready, one per line.',
    'prepare:',
    `  - ${todo('one thing to have ready')}`,
    '# How to send it: where and to whom.',
    `how_to_submit: ${todo('where and to whom to send it')}`,
    '# Optional: how long it usually takes, as the source says it.',
    `turnaround: ${todo('how long it usually takes')}`,
    '# Optional: anyone the process says to speak to first.',
    `talk_to_first: ${todo('who to talk to before applying')}`,
  ];
}

function sessionFields(today: string): string[] {
  return [
    '# --- For a session: give dates, or a recurrence, or both ---',
    '# Each date as YYYY-MM-DDTHH:MM (UK time). Keep past dates: the bot says they have passed.',
    'dates:',
    `  - start: ${todo(`${today}T10:00`)}`,
    `    end: ${todo(`${today}T11:30`)}`,
    '# Optional: for regular sessions, in words ("monthly, on a Wednesday, 10:00 to 11:30").',
    `recurrence: ${todo('how often it runs')}`,
    '# Optional: where it is held. For an online session, set online to true and delete place.',
    `place: ${todo('the venue and town')}`,
    'online: false',
    '# Optional: whether and how to book ("No booking needed").',
    `booking: ${todo('whether and how to book')}`,
    '# Optional: where to find dates once the listed ones have passed.',
    `new_dates: ${todo('where people find the next dates')}`,
  ];
}

/**
 * The text of a new item for `npm run content:new`: every field its kind can have, each with
 * a comment saying what goes there. Fields staff must fill in hold a "TODO …" placeholder,
 * an error until it is replaced, so even if the draft is moved in too early the running bot
 * refuses it and keeps its last good content. `today` (YYYY-MM-DD) fills the date fields.
 */
export function scaffold(kind: Kind, id: string, today: string): string {
  const nextYear = `${Number(today.slice(0, 4)) + 1}${today.slice(4)}`;
  const contactRequired = kind === 'contact';
  const lines = [
    '---',
    '# The details of this item. Lines starting with # are notes for you: the bot ignores them,',
    '# and you can delete them when you have finished. Replace every TODO with real text, or',
    '# delete the line if the field is optional and the source has nothing for it.',
    '# Then run: npm run content:check',
    '',
    '# A short unique name: lower-case words joined by hyphens. Never change it once published.',
    `id: ${id}`,
    '# What a parent or SENDCo would call it.',
    `title: ${todo('the name people would use')}`,
    `# ${KIND_HELP[kind]}`,
    `kind: ${kind}`,
    `# One or two short, plain sentences (${MAX_SUMMARY_CHARS} characters at most), shown first in every answer,`,
    '# so it must make sense on its own. Spell out any acronym. If parents read it, keep words and',
    '# sentences short: content:check warns when it is hard to read.',
    `summary: ${todo('one or two plain sentences that answer the question on their own')}`,
    '# Who it is for: [parent], [professional] or [parent, professional].',
    `audiences: [${PLACEHOLDER}]`,
    '# Where it applies: leicester (the city), leicestershire (the county), rutland, llr (all three)',
    '# or national. More than one is fine: [leicester, rutland].',
    `areas: [${PLACEHOLDER}]`,
    '# Where the facts come from.',
    'source:',
    `  document: ${todo("the document's name")}`,
    `  section: ${todo('the section or page the facts are on')}`,
    '  # Optional: the public web address of the document, copied exactly. Never guess one.',
    `  url: ${todo('https://...')}`,
    '# The date you checked the facts against the source (YYYY-MM-DD).',
    `reviewed: ${today}`,
    '# Optional: the date by which someone must check it again.',
    `review_by: ${nextYear}`,
    '# The ways people ask for this, in their own words, one per line. The bot matches these',
    "# strongly. Don't give the same question to two items.",
    'questions:',
    `  - ${todo('how a parent would ask for this')}`,
    `  - ${todo('how a SENDCo would ask for this')}`,
    '# Optional: extra words that should find this item, e.g. [funding, top-up, E3].',
    `tags: [${todo('a word people use for it')}]`,
    '# Optional: web pages from the source, each with a title and the exact address.',
    'links:',
    `  - title: ${todo('what the page is called')}`,
    `    url: ${todo('https://...')}`,
    contactRequired
      ? '# How to get in touch: only details printed in the source. Delete any line you have no detail for.'
      : '# Optional: how to get in touch, only details printed in the source. Delete lines you have no detail for.',
    'contact:',
    `  name: ${todo('the team or person')}`,
    `  email: ${todo('the email address')}`,
    `  phone: ${todo('the phone number, e.g. 0116 454 1009')}`,
    `  url: ${todo('https://...')}`,
    `  hours: ${todo('when to call, e.g. Monday to Friday, 9am to 5pm')}`,
    '# Optional: ids of up to three other items to offer as "you might also want", e.g. [sendiass].',
    `related: [${todo('the-id-of-another-item')}]`,
    ...(kind === 'form' ? formFields() : []),
    ...(kind === 'session' ? sessionFields(today) : []),
    '---',
  ];
  return `${lines.join('\n')}\n${BODY[kind]}`;
}
