import lunr from 'lunr';

/**
 * One tokenizer for both the index and the questions, so that "Dingley's", "top-up" and
 * "E3" are split the same way on both sides. lunr's own tokenizer is only given text we
 * have already normalised.
 */
export function normalise(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    // "co-ordinate" and "coordinate", "co-production" and "coproduction": one word however it is spelt.
    .replace(/\bco-(?=[a-z])/g, 'co')
    .replace(/['\u2019]s\b/g, '')
    .replace(/['\u2019]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export function words(text: string): string[] {
  const n = normalise(text);
  return n ? n.split(' ') : [];
}

/**
 * Words that carry no meaning in a question. lunr's English list plus the words people wrap
 * around a question ("can you tell me about…"). Kept out of queries only; the index keeps
 * lunr's own stop-word filter.
 */
const questionStopWords = new Set([
  'a', 'about', 'after', 'all', 'also', 'am', 'an', 'and', 'any', 'anyone', 'anything', 'are', 'as', 'at', 'be',
  'been', 'being', 'but', 'by', 'can', 'cannot', 'could', 'dear', 'did', 'do', 'does', 'doing', 'done', 'either',
  'else', 'ever', 'every', 'explain', 'find', 'for', 'from', 'get', 'getting', 'give', 'go', 'going', 'got', 'had',
  'has', 'have', 'having', 'he', 'hello', 'her', 'hers', 'him', 'his', 'how', 'however', 'i', 'if', 'im', 'in',
  'into', 'is', 'it', 'its', 'ive', 'just', 'know', 'least', 'let', 'like', 'likely', 'look', 'looking', 'may',
  'me', 'might', 'more', 'most', 'much', 'must', 'my', 'need', 'needs', 'neither', 'no', 'nor', 'not', 'of', 'off',
  'often', 'on', 'only', 'or', 'other', 'our', 'out', 'own', 'please', 'rather', 'really', 'said', 'say', 'says',
  'she', 'should', 'since', 'so', 'some', 'someone', 'something', 'tell', 'than', 'thank', 'thanks', 'that', 'the',
  'their', 'them', 'then', 'there', 'these', 'they', 'theyre', 'this', 'those', 'tis', 'to', 'too', 'twas', 'us',
  'very', 'wants', 'was', 'we', 'were', 'what', 'whats', 'when', 'where', 'which', 'while', 'who', 'whom', 'why',
  'will', 'with', 'would', 'yet', 'you', 'your', 'youre', 'hi', 'hey', 'mean', 'means', 'meaning', 'stand',
  'stands', 'info', 'information', 'details', 'bit', 'lot', 'currently', 'right', 'now', 'one', 'ones', 'thing',
  'things', 'up', 'okay', 'myself', 'yourself', 'ourselves', 'themselves', 'ok', 'sure', 'want', 'wanted', 'dont', 'cant', 'isnt', 'doesnt', 'whether', 'available',
  // Words that colour a sentence without adding to what it asks.
  'actually', 'literally', 'honestly', 'basically', 'even', 'anyway', 'anyways', 'totally', 'definitely', 'probably',
  'maybe', 'perhaps', 'apparently', 'seriously', 'simply', 'exactly', 'quite', 'pretty', 'kinda', 'sorta', 'tho',
  'though', 'already', 'quick', 'question', 'wondering', 'wonder', 'hoping', 'hope', 'thinking', 'trying', 'told',
  'roughly', 'approximately', 'whos', 'wheres', 'hows', 'whens',
  // Words that report who said what: the story's verbs, not what is asked.
  'mentioned', 'mention', 'mentions', 'mentioning', 'said', 'saying', 'telling', 'heard', 'hearing', 'keeps', 'keep',
  'talking', 'talked', 'asked', 'asking', 'suggested', 'reckons', 'stuff', 'called',
  // Contractions with their apostrophes gone ("haven't" -> "havent").
  'havent', 'hasnt', 'hadnt', 'wasnt', 'werent', 'wouldnt', 'couldnt', 'shouldnt', 'didnt', 'arent', 'wont', 'aint',
  'youve', 'weve', 'theyve', 'youd', 'theyd', 'youll', 'theyll', 'thats', 'theres', 'heres', 'lets', 'hes', 'shes',
]);

/**
 * Words for the child or young person a question is about. Nearly every question is about
 * one, so they say nothing about which item answers it.
 */
const personWords = new Set([
  'son', 'sons', 'daughter', 'daughters', 'child', 'childs', 'children', 'childrens', 'kid', 'kids', 'boy', 'boys',
  'girl', 'girls', 'grandson', 'granddaughter', 'grandchild', 'toddler', 'baby', 'teenager', 'teen', 'stepson',
  'stepdaughter', 'nephew', 'niece', 'yr', 'year', 'old', 'aged',
]);

export const isQuestionStopWord = (w: string): boolean => questionStopWords.has(w) || personWords.has(w);

/** lunr's stemmer applied to one already-normalised word. */
export function stem(word: string): string {
  return lunr.stemmer(new lunr.Token(word, {})).toString();
}
