#!/usr/bin/env node
// Splits the realistic question set into tune.json (three quarters) and holdout.json (a quarter),
// stratified by kind and length, with a fixed seed, so the split is the same on every run.
//
//   node tests/questions/realistic/split.mjs            re-split the cases already in both files
//   node tests/questions/realistic/split.mjs --from F   split the cases in F (a {"cases": [...]} file)
//
// It also (re)computes each case's "length" from the last turn's word count (> 15 words = long),
// and refuses a case with a missing field, an unknown kind/channel/voice or a duplicate id.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rng } from '../../helpers/seeded-random.mjs';

const SEED = 20261201;
const HOLDOUT_SHARE = 0.25;
const here = dirname(fileURLToPath(import.meta.url));
const TUNE = join(here, 'tune.json');
const HOLDOUT = join(here, 'holdout.json');

const KINDS = ['answer', 'decline', 'route', 'clarify', 'handoff'];
const CHANNELS = ['webchat', 'msteams'];
const VOICES = ['parent', 'sendco', 'other'];

const fromIdx = process.argv.indexOf('--from');
const sources = fromIdx > 0 ? [process.argv[fromIdx + 1]] : [TUNE, HOLDOUT].filter((f) => existsSync(f));
const cases = sources.flatMap((f) => JSON.parse(readFileSync(f, 'utf8')).cases);

const seen = new Set();
for (const c of cases) {
  const where = `case ${JSON.stringify(c.id)}`;
  if (!c.id || seen.has(c.id)) throw new Error(`${where}: missing or duplicate id`);
  seen.add(c.id);
  if (!KINDS.includes(c.kind)) throw new Error(`${where}: kind ${c.kind} is not one of ${KINDS}`);
  if (!CHANNELS.includes(c.channel)) throw new Error(`${where}: channel ${c.channel} is not one of ${CHANNELS}`);
  if (!VOICES.includes(c.voice)) throw new Error(`${where}: voice ${c.voice} is not one of ${VOICES}`);
  const turns = Array.isArray(c.say) ? c.say : [c.say];
  if (!turns.length || turns.some((t) => typeof t !== 'string' || !t.trim())) throw new Error(`${where}: say must be text or a list of texts`);
  c.length = turns.at(-1).trim().split(/\s+/).length > 15 ? 'long' : 'short';
}


const random = rng(SEED);
const strata = new Map();
for (const c of [...cases].sort((x, y) => (x.id < y.id ? -1 : 1))) {
  const key = `${c.kind}/${c.length}`;
  if (!strata.has(key)) strata.set(key, []);
  strata.get(key).push(c);
}
const holdoutIds = new Set();
for (const key of [...strata.keys()].sort()) {
  const group = strata.get(key);
  for (let i = group.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [group[i], group[j]] = [group[j], group[i]];
  }
  for (const c of group.slice(0, Math.round(group.length * HOLDOUT_SHARE))) holdoutIds.add(c.id);
}

const shape = (c) => ({ id: c.id, kind: c.kind, channel: c.channel, voice: c.voice, length: c.length, say: c.say, expect: c.expect ?? {} });
const byId = (x, y) => (x.id < y.id ? -1 : 1);
const about = 'Realistic SEND Signpost questions written from the five seed documents, in parents\' and SENDCos\' own words (stories, typos, text-speak, Teams shorthand, follow-ups, handoffs, one-word messages, out-of-scope look-alikes). Run with /work/shared/eval/ask.mjs.';
const write = (file, list, note) =>
  writeFileSync(file, JSON.stringify({ about: `${about} ${note}`, cases: list.sort(byId).map(shape) }, null, 2) + '\n');
write(TUNE, cases.filter((c) => !holdoutIds.has(c.id)), 'Tuning split: calibrate and tune on this one.');
write(HOLDOUT, cases.filter((c) => holdoutIds.has(c.id)), 'HOLDOUT split: never tune on it, never copy its wording; run it only to report.');

const count = (list) => {
  const out = {};
  for (const c of list) for (const k of [`kind:${c.kind}`, `length:${c.length}`, `voice:${c.voice}`, `kind/length:${c.kind}/${c.length}`]) out[k] = (out[k] ?? 0) + 1;
  return out;
};
console.log(JSON.stringify({ total: cases.length, tune: count(cases.filter((c) => !holdoutIds.has(c.id))), holdout: count(cases.filter((c) => holdoutIds.has(c.id))) }, null, 1));
