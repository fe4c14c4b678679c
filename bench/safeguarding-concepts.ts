import { stemOf } from '../bot/conversation/safeguarding/model-features';
import { WordNet, type Pos } from './safeguarding-wordnet';

/**
 * The safeguarding model's concept classes, as WordNet senses ("word#pos#sense", sense numbers as
 * `npx tsx bench/safeguarding-wordnet.ts WORD POS` prints them). A word joins a class when one of
 * its commonest senses lies at or below one of the class's senses, so "amitriptyline" is a
 * medicine and "viaduct" a high place without anyone listing them; the rare senses are left out
 * so "pot" is not a drug. The classes name what a disclosure is about (means, dying, injury,
 * farewell, hopelessness, people), never a phrasing.
 */
const CONCEPTS: Record<string, string[]> = {
  medicine: ['drug#n#1', 'medicine#n#2', 'pill#n#2', 'dose#n#1'],
  poison: ['poison#n#1', 'poison#v#2', 'poison#v#4'],
  cord: ['cord#n#1', 'rope#n#1', 'cord#n#3', 'belt#n#2', 'ligature#n#4'],
  blade: ['knife#n#1', 'knife#n#2', 'blade#n#4', 'blade#n#9', 'razor#n#1', 'knife#v#1', 'stab#v#2'],
  weapon: ['weapon#n#1', 'gun#n#1', 'firearm#n#1'],
  height: ['bridge#n#1', 'cliff#n#1', 'tower#n#1', 'roof#n#1', 'ledge#n#1', 'balcony#n#2', 'skyscraper#n#1', 'jump#v#1'],
  vehicle: ['motor_vehicle#n#1', 'train#n#1', 'public_transport#n#1'],
  water: ['body_of_water#n#1', 'drown#v#3', 'drown#v#4'],
  dying: ['die#v#1', 'death#n#1', 'death#n#2', 'death#n#3', 'dead#a#1', 'suicide#n#1', 'suicide#n#2', 'killing#n#2', 'funeral#n#1', 'grave#n#1'],
  kill: ['kill#v#1', 'kill#v#9', 'hang#v#3', 'strangle#v#1', 'choke#v#4', 'murder#v#1'],
  injury: ['injury#n#1', 'wound#n#1', 'injure#v#1', 'hurt#v#2', 'bleed#v#1', 'bruise#n#1', 'scar#n#1', 'cut#v#4'],
  hit: ['hit#v#3', 'punch#v#1', 'slap#v#1', 'kick#v#3', 'beat#v#2', 'beat#v#3'],
  farewell: ['farewell#n#1', 'farewell#n#2', 'goodbye#n#1', 'will#n#3'],
  despair: ['despair#n#1', 'despair#n#2', 'hopelessness#n#1', 'sadness#n#2', 'worthlessness#n#1', 'hopeless#a#1', 'hopeless#a#3', 'worthless#a#1', 'pointless#a#2', 'burden#n#1'],
  fear: ['fear#n#1', 'afraid#a#1', 'frighten#v#1'],
  sex: ['sexual_activity#n#1', 'genitalia#n#1', 'rape#n#3', 'caress#v#1'],
  child: ['child#n#1', 'child#n#2', 'juvenile#n#1', 'baby#n#1'],
  partner: ['spouse#n#1', 'boyfriend#n#1', 'lover#n#3', 'girlfriend#n#2'],
  vanish: ['disappear#v#1', 'run_away#v#1'],
  purge: ['vomit#v#1'],
  starve: ['starve#v#1', 'starve#v#2', 'starve#v#3', 'fast#v#2', 'diet#v#2', 'hungry#a#1'],
  eat: ['eat#v#1', 'eat#v#2', 'meal#n#1'],
  body: ['body_part#n#1'],
  photo: ['photograph#n#1'],
  gift: ['gift#n#1'],
  secret: ['secret#n#1'],
  money: ['money#n#1'],
  shout: ['scream#v#1', 'scream#v#2', 'abuse#v#3'],
  threat: ['threaten#v#2', 'threat#n#1'],
  confine: ['confine#v#2', 'confine#v#4'],
  dirty: ['dirty#a#1'],
  unconscious: ['unconscious#a#1', 'breathe#v#1'],
  alone: ['alone#a#1', 'alone#a#2'],
  tired: ['tired#a#1', 'exhaustion#n#1'],
  abuse: ['abuse#n#1', 'abuse#v#1'],
  end: ['end#v#2', 'stop#v#2'],
  alcohol: ['alcohol#n#1'],
  life: ['alive#a#1', 'wake#v#2', 'awake#a#1', 'live#v#5'],
};

/**
 * Stems that a class would catch through a sense nobody means in a chat ("will" the document is
 * also the modal verb; "go", "part" and "leave" are everyday verbs): they stay ordinary words.
 */
const NOT_CONCEPTS = new Set(['go', 'gone', 'will', 'part', 'leav', 'morn', 'afternoon', 'depart', 'departur', 'exit', 'fell', 'pass', 'draw', 'drawn', 'bore', 'flag', 'rag', 'mod', 'fri', 'monkey', 'peanut', 'buster', 'imp', 'terror', 'blade', 'out', 'off', 'down', 'tea', 'present', 'offer', 'aid', 'assist', 'grant', 'award', 'fund', 'budget', 'save', 'bread', 'action', 'decid', 'implement', 'complet', 'finish', 'break', 'settl', 'rest', 'discharg', 'resolv', 'bot', 'be', 'watch', 'live']);

/** How many of a word's senses (commonest first) may place it in a class; only the first for a word with many ("go", "pass"). */
const senseLimit = (senses: number) => (senses > 6 ? 1 : 3);

/** The regular inflections of a lemma, so "dying", "pills" and "overdosed" stem to an entry even where the stemmer leaves them apart from "die". */
function inflections(lemma: string): string[] {
  const stemE = lemma.replace(/e$/, '');
  const stemY = lemma.replace(/y$/, 'i');
  return [lemma, `${lemma}s`, `${lemma}es`, `${stemY}es`, `${stemE}ed`, `${stemY}ed`, `${stemE}ing`, `${lemma.replace(/ie$/, 'y')}ing`];
}

/** Concept class → sorted stems. Deterministic for a given WordNet. */
export function conceptStems(wn = new WordNet()): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const missing = Object.values(CONCEPTS)
    .flat()
    .filter((seed) => {
      const [lemma, pos, n] = seed.split('#') as [string, Pos, string];
      return !wn.senses(lemma, pos)[Number(n) - 1];
    });
  if (missing.length) throw new Error(`WordNet has no sense ${missing.join(', ')}`);
  for (const [concept, seeds] of Object.entries(CONCEPTS)) {
    const below = new Set<string>();
    const poses = new Set<Pos>();
    const stems = new Set<string>();
    for (const seed of seeds) {
      const [lemma, pos, n] = seed.split('#') as [string, Pos, string];
      const id = wn.senses(lemma, pos)[Number(n) - 1];
      if (!id) throw new Error(`WordNet has no sense ${seed} (concept ${concept})`);
      for (const s of wn.closure(id)) below.add(s);
      poses.add(pos);
      for (const form of inflections(lemma.replace(/_/g, ''))) stems.add(stemOf(form));
    }
    for (const pos of poses) {
      for (const [lemma, senses] of wn.lemmas(pos)) {
        if (!/^[a-z]+$/.test(lemma) || lemma.length < 3) continue;
        if (senses.slice(0, senseLimit(senses.length)).some((s) => below.has(s))) for (const form of inflections(lemma)) stems.add(stemOf(form));
      }
    }
    out[concept] = [...stems].filter((s) => !NOT_CONCEPTS.has(s)).sort();
  }
  return out;
}

if (require.main === module) {
  const stems = conceptStems();
  for (const [c, list] of Object.entries(stems)) console.log(`${c} ${list.length}: ${list.slice(0, 400).join(' ')}`);
}
