import { describe, expect, it } from 'vitest';
import { commandOf, profileFacts } from '../../bot/conversation/commands';
import { preferredKind } from '../../bot/conversation/intent';
import { asksForPerson } from '../../bot/conversation/handoff';

describe('commands', () => {
  it.each([
    ['hello', 'greeting'],
    ['Hi there!', 'greeting'],
    ['thanks', 'thanks'],
    ['Thank you very much.', 'thanks'],
    ['bye', 'bye'],
    ['help', 'help'],
    ['What can you do?', 'help'],
    ['Can I talk to a real person?', 'handoff'],
    ['speak to someone', 'handoff'],
    ["this isn't helping", 'handoff'],
    ['change area', 'change-area'],
    ['start over', 'start-over'],
    ['human pls', 'handoff'],
    ['can i speak 2 sum1 plz', 'handoff'],
    ['thx', 'thanks'],
  ])('%s is the %s command', (text, command) => {
    expect(commandOf(text)).toBe(command);
  });

  it.each(['help with funding for my son', 'hello, how do I apply for E3?', 'thanks but what about SENIF'])('treats "%s" as a question', (text) => {
    expect(commandOf(text)).toBeUndefined();
  });
});

describe('what people tell us about themselves', () => {
  it('learns the area and keeps the question', () => {
    expect(profileFacts('I live in Rutland, are there speech and language toolkits?')).toMatchObject({ area: 'rutland', rest: 'are there speech and language toolkits?' });
  });

  it('learns an area alone', () => {
    expect(profileFacts('I live in Rutland')).toMatchObject({ area: 'rutland', rest: '' });
    expect(profileFacts('we are in Leicestershire')).toMatchObject({ area: 'leicestershire' });
    expect(profileFacts('I live in Leicester')).toMatchObject({ area: 'leicester' });
  });

  it('learns the role', () => {
    expect(profileFacts("I'm a SENDCo")).toMatchObject({ role: 'professional', rest: '' });
    expect(profileFacts('I am a parent')).toMatchObject({ role: 'parent' });
  });

  it('keeps the question after a who or where label in the same clause', () => {
    expect(profileFacts('rutland: who runs short breaks')).toMatchObject({ area: 'rutland', rest: 'who runs short breaks' });
    expect(profileFacts('SENDCo here - E3 turnaround?')).toMatchObject({ role: 'professional', rest: 'E3 turnaround?' });
    expect(profileFacts('(rutland) short breaks?')).toMatchObject({ area: 'rutland', rest: 'short breaks?' });
    expect(profileFacts('rutland -')).toMatchObject({ area: 'rutland', rest: '' });
  });

  it('does not mistake a question about a place for where someone lives', () => {
    expect(profileFacts('What is the Specialist Provision in Leicestershire document?').area).toBeUndefined();
  });
});

describe('intent', () => {
  it.each([
    ['I want to apply for E3 top up funding', 'form'],
    ['refer a pupil to speech and language therapy', 'form'],
    ['How do I sign up for the Dingley courses?', 'form'],
    ['When is the next SENIF drop-in?', 'session'],
    ['IAP network meeting dates', 'session'],
    ['What is a DSP?', undefined],
  ])('%s prefers %s', (text, kind) => {
    expect(preferredKind(text)).toBe(kind);
  });
});

describe('asking for a person', () => {
  it.each(['cn i tlk 2 sum1 pls', 'can we ring someone? we are in Melton', 'put me through to an actual adviser', 'who could I speak to face to face about his needs', 'is there any1 i can talk 2', 'who do i go to about his school, i mean an actual adviser', 'where can we get advice from a real person', "i need someone who isn't from the school or council to explain things", 'my sister needs an advocate for the review meeting', 'could a charity worker come along as an advocate', 'we want somebody independent at the tribunal hearing', 'is there somebody she could phone herself', 'could someone just ring me tomorrow'])(
    '"%s" asks for a person',
    (text) => expect(asksForPerson(text)).toBe(true),
  );

  it.each(['can I speak to someone in QIT directly', 'who do I ring about E3 funding', 'is the SENIF drop-in in person or online', 'we have 2 children', 'i would like to speak to someone senior at the quality inclusion team', 'is there a phone number for the ELSEC team', 'i want to talk to someone about the PINS work, is there an email for the director who led it'])(
    '"%s" is a question, not a request for a person',
    (text) => expect(asksForPerson(text)).toBe(false),
  );

  it.each(['i have read all of it and none of it is helping', 'sorry, it is a lot. could we get somebody to ring us', 'is it possible to get hold of an adviser, we are stuck', 'we would like someone on our side at the review', 'we feel alone. is there an advocate that could stand up for him', 'honestly too much. can we talk to someone in rutland'])(
    'a request for a person later in a longer message ("%s") is still heard',
    (text) => expect(asksForPerson(text)).toBe(true),
  );

  it.each(['could we talk to his teacher about the EHCP draft', 'who would we speak to about the banding', 'how do we get hold of someone at the inclusion team'])(
    'talking to a named someone else ("%s") stays a question',
    (text) => expect(asksForPerson(text)).toBe(false),
  );
});
