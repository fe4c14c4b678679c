import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Item } from '../bot/knowledge/schema';
import { words } from '../bot/knowledge/text';
import { markdownToText } from '../bot/knowledge/markdown';

/**
 * A synthetic corpus the size the council might grow to: items of about 250 words with the
 * statistics of real text. Word frequencies follow Zipf's law (s = 1) over a vocabulary that
 * grows with the corpus as Heaps' law says (V ≈ 30·√tokens, about 47,000 words for 2.5 million
 * tokens). The real content's 200 most frequent words stay at the top (general SEND words
 * stay common); its other words are spread through the long tail among made-up words standing
 * for the names, places and terms a larger body of content would add, because in a larger
 * corpus a specific term such as "toolkit" is in a few per cent of items, not in every one.
 */
export function syntheticCorpus(real: readonly Item[], count: number, wordsPerItem = 250, seed = 42): string[] {
  let state = seed;
  const random = () => ((state = (state * 1664525 + 1013904223) % 2 ** 32) / 2 ** 32);
  const counts = new Map<string, number>();
  for (const item of real) for (const w of words(`${item.title} ${item.summary} ${markdownToText(item.body)}`)) counts.set(w, (counts.get(w) ?? 0) + 1);
  const vocab = [...counts].sort((a, b) => b[1] - a[1]).map(([w]) => w);
  const target = Math.round(30 * Math.sqrt(count * wordsPerItem));
  const syllables = ['ka', 'lo', 'mi', 'ren', 'sto', 'va', 'dun', 'pel', 'tri', 'gor', 'ash', 'bel', 'cor', 'fen', 'hal'];
  const tail = vocab.splice(200);
  let made = 0;
  while (tail.length + vocab.length < target) {
    const n = 2 + Math.floor(random() * 3);
    tail.push(Array.from({ length: n }, () => syllables[Math.floor(random() * syllables.length)]).join('') + (made++).toString(36));
  }
  for (let i = tail.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [tail[i], tail[j]] = [tail[j], tail[i]];
  }
  vocab.push(...tail);
  // Zipf (s = 1) by inverse transform: rank ≈ V^u for uniform u.
  const pick = () => vocab[Math.min(vocab.length - 1, Math.floor(vocab.length ** random()) - 1)];
  const sentence = (n: number) => Array.from({ length: n }, pick).join(' ');
  const files: string[] = [];
  for (let i = 0; i < count; i++) {
    const body = Array.from({ length: Math.ceil(wordsPerItem / 12) }, () => `${sentence(12)}.`).join(' ');
    files.push(`---
id: synthetic-${i}
title: ${JSON.stringify(sentence(5))}
kind: article
summary: ${JSON.stringify(`${sentence(20)}.`)}
audiences: [parent]
areas: [llr]
source: { document: synthetic benchmark corpus, section: item ${i} }
reviewed: 2026-11-23
questions: ${JSON.stringify([sentence(7), sentence(6)])}
tags: ${JSON.stringify(sentence(3).split(' '))}
---
${body}
`);
  }
  return files;
}

/** Write a corpus as content files in a fresh folder. */
export function writeCorpus(dir: string, files: readonly string[]): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  files.forEach((text, i) => writeFileSync(join(dir, `item-${i}.md`), text));
}
