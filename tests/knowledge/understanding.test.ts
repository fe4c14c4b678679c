import { describe, expect, it } from 'vitest';
import { separateStory, splitClauses, withoutReason } from '../../bot/knowledge/understanding/clauses';
import { questionType } from '../../bot/knowledge/understanding/question-type';
import { understand } from '../../bot/knowledge/understanding/understand';
import { expandTextSpeak } from '../../bot/knowledge/understanding/text-speak';
import { isProfileStatement, profileOf } from '../../bot/knowledge/understanding/profile';
import { wordRank } from '../../bot/knowledge/understanding/common-words';
import { normalise } from '../../bot/knowledge/text';

describe('telling the question from the story inside it', () => {
  it('takes what someone reported as the question and what they said it as story', () => {
    const { asked, story } = separateStory('a mum at the school gate told me that the council has a list of every specialist unit in the county?');
    expect(asked).toBe('the council has a list of every specialist unit in the county?');
    expect(story.join(' ')).toMatch(/school gate/);
  });

  it('sets a reason after the question aside as story', () => {
    const { asked, story } = separateStory('is there a list of specialist units in the county so we can visit a few before we choose');
    expect(asked).toBe('is there a list of specialist units in the county');
    expect(story.join(' ')).toMatch(/visit a few/);
  });

  it('leaves a short question whole', () => {
    expect(separateStory('is it free because we are skint')).toEqual({ asked: 'is it free because we are skint', alternatives: [], story: [] });
  });

  it('keeps each question of a two-question message apart', () => {
    const u = understand('what is the SENIF drop in? and do i need to book');
    expect(u.questions).toHaveLength(2);
    expect(u.questions[1].type).toBe('booking');
  });
});

describe('the ways of asking that say nothing of the topic', () => {
  it('takes "is it true that" out of what is searched', () => {
    expect(questionType('is it true that element 3 now lasts two years').rest).toBe('element 3 now lasts two years');
  });

  it('leaves nothing to search in "is that a thing"', () => {
    expect(questionType('is that a thing').rest).toBe('');
  });

  it('takes hearsay ("heard a rumour that") and a tag "true?" out of what is searched', () => {
    expect(questionType('ive heard rumours that the parent forum is closing, is that true').rest).toBe('the parent forum is closing');
    expect(questionType('heard talk about a new sensory room at the library true').rest).toBe('a new sensory room at the library');
  });

  it('takes a request to summarise or explain out of what is searched', () => {
    expect(questionType('what does the parent forum newsletter cover - could you summarise it for me').rest).toBe('what does the parent forum newsletter cover');
    expect(questionType('can you please explain the local offer').rest).toBe('the local offer');
  });

  it('hears "is it quicker" as asking about time', () => {
    expect(questionType('is the targeted pathway quicker').type).toBe('when');
  });
});

describe('what is asked, what is aside', () => {
  it('asks each half of "… or do we …" on its own as well', () => {
    const u = understand('is there a social work team for disabled children in the county or do we go through the duty team');
    expect(u.questions.map((q) => q.topic)).toEqual(['is there a social work team for disabled children in the county', 'do we go through the duty team']);
  });

  it('keeps a statement after a comma out of the question', () => {
    const u = understand('what are the criteria for emergency funding, i know crisis is one of them but cant remember the rest');
    expect(u.topic).not.toMatch(/crisis/);
    expect(u.context).toMatch(/crisis/);
  });

  it('keeps a child\'s age as their stage, not as a number to search for', () => {
    const u = understand('my son is 4 and his speech is unclear, who do i talk to first');
    expect(u.profile.phase).toBe('early years');
    expect(`${u.topic} ${u.context}`).not.toMatch(/\b4\b/);
  });

  it('treats "recommend a good …" as a request it cannot do', () => {
    expect(understand('recommend a good private speech therapist near leicester').task).toBe(true);
  });

  it('takes "what kind of" out of what is searched', () => {
    expect(questionType('what kind of support do they offer').rest).toBe('support do they offer');
  });
});

describe('questions asked of what was just said', () => {
  it('reads "is that like …?" after a statement as about that statement', () => {
    const u = understand('the school have put my son in something called the nurture room most mornings. is that the same as being excluded?');
    expect(u.pointsBack).toBe(true);
    expect(u.nearest).toMatch(/nurture room/);
  });

  it('does not point back when nothing was said before', () => {
    expect(understand('is that the same as being excluded?').pointsBack).toBe(false);
  });

  it('treats "can you submit it for me" as a task', () => {
    expect(understand('the form keeps crashing, can you submit it for me').task).toBe(true);
  });
});

describe('words that count or hedge', () => {
  it('takes "both" and "supposed to" out of what is searched', () => {
    expect(questionType('is there one school that has both').rest).toBe('is there one school that has');
    expect(questionType('how long are they supposed to take to decide').rest).not.toMatch(/supposed/);
    expect(questionType('what is the typical turnaround at the moment').rest).not.toMatch(/typical|moment/);
  });
});

describe('slips in the little words of a question', () => {
  it('reads "how lng dose it tak from start 2 finish" as the question it is', () => {
    expect(expandTextSpeak('how lng dose it tak from start 2 finish')).toBe('how long does it take from start to finish');
  });

  it('reads a lone 4 between words as "for", but keeps numbers that count or name', () => {
    expect(expandTextSpeak('how long is the wait 4 speech therapy')).toBe('how long is the wait for speech therapy');
    for (const kept of ['tier 2 placement', 'my 2 kids', 'he waited 4 weeks', 'we have 4 appointments', 'element 2 funding']) expect(expandTextSpeak(kept)).toBe(kept);
  });
});

describe('reading people as they write', () => {
  it('hears a sentence opening with "was" or "were" as a question', () => {
    const [, second] = splitClauses('the county blamed a backlog. was that ever sorted out');
    expect(second.question).toBe(true);
  });

  it('does not take a statement about oneself before a colon as the heading of the question', () => {
    const u = understand('As his nan I want to understand: is it a punishment or is it support?');
    expect(u.topic).not.toMatch(/nan|understand/);
  });

  it('reads "sum1" and "urself" as someone and yourself', () => {
    expect(expandTextSpeak('can sum1 help or do i pay urself')).toBe('can someone help or do i pay yourself');
  });

  it('takes "here" and "round here" out of what is searched', () => {
    expect(questionType('is that a thing round here').rest).toBe('');
    expect(questionType('is there a parent forum here').rest).toBe('is there a parent forum');
  });

  it('keeps "…, the health visitor said …" after a question out of what is asked', () => {
    const u = understand('is there a group for dads who are struggling with it all, the health visitor said there might be one');
    expect(u.topic).not.toMatch(/health visitor/);
    expect(u.context).toMatch(/health visitor/);
  });

  it('does not take a remark after the question as what the question refers to', () => {
    const u = understand('what can we do while we wait for the assessment to start, the gp just said be patient');
    expect(u.nearest).toBeUndefined();
  });

  it('hears "were" as opening a question only before its subject, not as "we\'re" typed without the apostrophe', () => {
    const [statement] = splitClauses('were in loughborough and he is 6');
    expect(splitClauses('were a small primary with a busy room')[0].question).toBe(false);
    const [question] = splitClauses('were there any changes to the forms');
    expect(statement.question).toBe(false);
    expect(question.question).toBe(true);
  });

  it('reads "we need to …" as the story when the message asks something outright', () => {
    const u = understand('we need to choose a college for our son and have no clue what is out there. is there a list somewhere?');
    expect(u.topic).toBe('is there a list');
    expect(u.context).toMatch(/choose a college/);
  });

  it('still reads "I need …" as the request when nothing else is asked', () => {
    expect(understand('i need the email for the quality inclusion team').topic).toMatch(/quality inclusion team/);
  });

  it('reads "meanwhile" as "in the meantime"', () => {
    expect(understand('what can we do meanwhile').topic).toMatch(/in the meantime/);
  });

  it('treats asking whether a case will be won as something it cannot foretell', () => {
    expect(understand('will we win at tribunal if we appeal').task).toBe(true);
  });
});

describe('how common a word is', () => {
  it('counts words that mostly open a spoken sentence ("Come", "Maybe") as everyday words', () => {
    expect(wordRank('come')).toBeLessThan(100);
    expect(wordRank('maybe')).toBeLessThan(500);
  });

  it('still counts the name of a place as no everyday word', () => {
    expect(wordRank('nottingham')).toBeUndefined();
    expect(wordRank('derby')).toBeUndefined();
  });
});

describe('one word however it is hyphenated', () => {
  it('reads "co-ordinate" and "coordinate" as the same word, in questions and in the index', () => {
    expect(normalise('help co-ordinating her care')).toBe('help coordinating her care');
    expect(expandTextSpeak('who can co-ordinate it')).toBe('who can coordinate it');
  });
});

describe('more of how people type', () => {
  it('keeps a child\'s age after "son" as a number, and spells out "at the mo" and short months', () => {
    expect(expandTextSpeak('ds 4 got referred in sept, how long at the mo')).toBe('son 4 got referred in September, how long at the moment');
  });
});

describe('the end of a sentence and the words around a time question', () => {
  it('keeps the full stop after "ehcp." so the next sentence stays a sentence of its own', () => {
    expect(expandTextSpeak('she has an ehcp. would we lose it')).toBe('she has an EHCP. would we lose it');
    const u = understand('she has an ehcp. would we lose it if we moved house');
    expect(u.topic).not.toMatch(/EHCP/i);
  });

  it('takes "from start to finish" and "roughly" out of a question about time', () => {
    expect(questionType('how long does an assessment take from start to finish roughly').rest).not.toMatch(/start|finish|roughly/);
  });
});

describe('a reason about "it"', () => {
  it('sets "… so it gets dealt with quickly" aside as the reason, not a question about "it"', () => {
    const { asked, story } = separateStory('is there an email address for the funding team in the city so it gets dealt with quickly');
    expect(asked).toBe('is there an email address for the funding team in the city');
    expect(story.join(' ')).toMatch(/dealt with/);
  });
});

describe('what a statement is about, not why', () => {
  it('leaves the reason off the statement a question leans on', () => {
    expect(withoutReason("he is on a part-time timetable so he doesnt get excluded")).toBe('he is on a part-time timetable');
    const u = understand("his school put him on 'tier 2' support so he doesnt get excluded. what does that mean for him?");
    expect(u.nearest).not.toMatch(/excluded/);
  });

  it('takes "was it ever sorted out" as the way of asking, not as a topic', () => {
    expect(questionType('was the backlog ever sorted out').rest).toBe('was the backlog');
  });
});

describe('more ways of asking', () => {
  it('hears "how often" as asking about time, and "whose job is it to" as asking who', () => {
    expect(questionType('how often should the plan be reviewed').type).toBe('when');
    expect(questionType('is there anyone whose job is to help with transport').rest).not.toMatch(/whose|job/);
  });

  it('keeps a baby\'s age in months as their stage, not as a number to search for', () => {
    const u = understand('my 10 month old is not babbling yet, who can check her hearing?');
    expect(u.profile.phase).toBe('early years');
    expect(u.topic).not.toMatch(/10/);
    expect(understand('we have had a 6 month wait for speech therapy').profile.phase).toBeUndefined();
  });
});

describe('shorthand for amounts', () => {
  it('spells out avg and approx, and takes "altogether" out of what is searched', () => {
    expect(expandTextSpeak('avg wait approx')).toBe('average wait approximately');
    expect(questionType('how many children has it helped altogether').rest).not.toMatch(/altogether/);
  });
});

describe('who and where, said in one breath', () => {
  it('reads "I\'m a <job> in <town>" as who and where, not as a story the question leans on', () => {
    expect(isProfileStatement("I'm a governor at a primary in Coalville.")).toBe(true);
    expect(profileOf("I'm a childminder in Market Harborough")).toMatchObject({ area: 'leicestershire', role: 'professional' });
    const u = understand("I'm a childminder in Market Harborough. Is that health visitors?");
    expect(u.nearest).toBeUndefined();
    expect(u.pointsBack).toBe(false);
  });

  it('still keeps a statement with a topic in it as story', () => {
    expect(isProfileStatement("we're in leicester and still waiting for the ehcp assessment")).toBe(false);
  });
});

describe('everyday ways of saying what the content says', () => {
  it('reads plans that "come out on time" as issued on time, and "per cent" as a percentage', () => {
    expect(understand('what percent of plans actually come out on time?').topic).toMatch(/percentage.*issued on time/);
    expect(understand('how many came out late last year').topic).toMatch(/issued late/);
    expect(understand('when does the new local offer come out').topic).toMatch(/come out/);
  });

  it('sets what someone already knows ("i know it should be 20 weeks but …") aside as story', () => {
    const { asked, story } = separateStory('i know it should be 20 weeks but honestly how many plans in leicestershire are actually on time');
    expect(asked).toBe('honestly how many plans in leicestershire are actually on time');
    expect(story).toEqual(['i know it should be 20 weeks']);
  });
});

describe('an introduction without "I\'m"', () => {
  it('reads "foster carer in Leicester" at the start as where the person is, but not "special schools in leicester"', () => {
    expect(profileOf('foster carer in Leicester - the child I look after has SEND').area).toBe('leicester');
    expect(isProfileStatement('foster carer in Leicester')).toBe(true);
    expect(isProfileStatement('special schools in leicester')).toBe(false);
  });
});

describe('hearsay', () => {
  it('keeps what was said on the fb group as the topic, not the group it was said in', () => {
    const u = understand('someone on the fb group said the county is trialling giving parents money for respite. is that true?');
    expect(u.nearest).toMatch(/trialling giving parents money/);
    expect(`${u.nearest} ${u.context} ${u.topic}`).not.toMatch(/facebook|group/);
  });

  it('still reads a question about the Facebook group itself as one', () => {
    expect(understand('is there a facebook group for the local offer?').topic).toMatch(/facebook group/);
  });

  it('spells out "paed" as the paediatrician', () => {
    expect(expandTextSpeak('the paed said it could be years')).toBe('the paediatrician said it could be years');
  });
});

describe('a message that goes on from the last', () => {
  it('hears "and …" or "what about …" at the start as pointing back', () => {
    expect(understand('and what happens when the 13 weeks run out').refersBack).toBe(true);
    expect(understand('what about the secondary one').refersBack).toBe(true);
    expect(understand('what happens when the 13 weeks run out').refersBack).toBe(false);
  });
});

describe('a reason that says what should not happen', () => {
  it('sets "… so they didn\'t end up on the waiting list" aside as the reason', () => {
    const { asked, story } = separateStory("how many children has the early language work helped so they didn't end up on the waiting list");
    expect(asked).toBe('how many children has the early language work helped');
    expect(story.join(' ')).toMatch(/waiting list/);
  });
});

describe('asking for a contact by what it is', () => {
  it.each(['whats the email for the parent carer forum', 'is there a contact email for the SENIF panel', 'phone number for the autism outreach team?'])(
    '"%s" asks for a contact',
    (text) => expect(questionType(text).type).toBe('contact'),
  );

  it.each(['what is the number of places at the resource base', 'can i email the form back instead of posting it'])(
    '"%s" does not ask for a contact',
    (text) => expect(questionType(text).type).not.toBe('contact'),
  );
});
