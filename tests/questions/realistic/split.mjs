#!/usr/bin/env node
// Splits the realistic question set into tune.json (three quarters) and holdout.json (a quarter).
//
// The split is append-only: split.lock.json records which file every case belongs to, and a locked
// case never moves. Without the lock, adding cases would re-shuffle the old ones and could put a
// case people have tuned on into the holdout, which would make the holdout score dishonest. Only
// cases that are not in the lock yet are split: stratified by kind and length with a fixed seed,
// topping each kind × length group's holdout up to a quarter of the group.
//
//   node tests/questions/realistic/split.mjs            split any new cases in tune.json, rewrite both files
//   node tests/questions/realistic/split.mjs --add F    add the cases in F (a {"cases": [...]} file) and split them
//   node tests/questions/realistic/split.mjs --check    change nothing; fail if a file is stale, a case is
//                                                        missing from the lock, or a locked case moved or vanished
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
const FILES = { tune: join(here, 'tune.json'), holdout: join(here, 'holdout.json') };
const LOCK = join(here, 'split.lock.json');

const KINDS = ['answer', 'decline', 'route', 'clarify', 'handoff'];
const CHANNELS = ['webchat', 'msteams'];
const VOICES = ['parent', 'sendco', 'other'];

const argv = process.argv.slice(2);
const check = argv.includes('--check');
const addIdx = argv.findIndex((a) => a === '--add' || a === '--from');
const addFile = addIdx >= 0 ? argv[addIdx + 1] : undefined;
if (addIdx >= 0 && !addFile) fail('--add needs a file');
if (check && addFile) fail('--check and --add do not go together');

function fail(message) {
  console.error(`split.mjs: ${message}`);
  process.exit(1);
}

const readCases = (file) => JSON.parse(readFileSync(file, 'utf8')).cases;
const lock = existsSync(LOCK) ? JSON.parse(readFileSync(LOCK, 'utf8')) : {};
const problems = [];

// Where each case is now: its file, or "new" for cases being added.
const cases = [];
for (const [split, file] of Object.entries(FILES)) {
  if (!existsSync(file)) continue;
  for (const c of readCases(file)) cases.push({ c, now: split });
}
if (addFile) for (const c of readCases(addFile)) cases.push({ c, now: 'new' });

const seen = new Set();
for (const { c } of cases) {
  const where = `case ${JSON.stringify(c.id)}`;
  if (!c.id || seen.has(c.id)) fail(`${where}: missing or duplicate id`);
  seen.add(c.id);
  if (!KINDS.includes(c.kind)) fail(`${where}: kind ${c.kind} is not one of ${KINDS}`);
  if (!CHANNELS.includes(c.channel)) fail(`${where}: channel ${c.channel} is not one of ${CHANNELS}`);
  if (!VOICES.includes(c.voice)) fail(`${where}: voice ${c.voice} is not one of ${VOICES}`);
  const turns = Array.isArray(c.say) ? c.say : [c.say];
  if (!turns.length || turns.some((t) => typeof t !== 'string' || !t.trim())) fail(`${where}: say must be text or a list of texts`);
  c.length = turns.at(-1).trim().split(/\s+/).length > 15 ? 'long' : 'short';
}

for (const id of Object.keys(lock)) {
  if (!seen.has(id)) problems.push(`split.lock.json names ${id}, which no longer exists (cases are append-only)`);
}
for (const { c, now } of cases) {
  const locked = lock[c.id];
  if (locked && locked !== 'tune' && locked !== 'holdout') problems.push(`split.lock.json gives ${c.id} the split "${locked}"`);
  else if (locked && now !== 'new' && now !== locked) problems.push(`${c.id} is locked to ${locked}.json but is in ${now}.json`);
  // A case someone put straight into holdout.json stays there: nothing leaves the holdout.
  else if (!locked && now === 'holdout') problems.push(`${c.id} is in holdout.json but not in split.lock.json (add new cases to tune.json or with --add)`);
}
if (problems.length) fail(problems.join('\n'));

// Split the unlocked cases: in each kind × length group, shuffle them (Fisher-Yates, seeded) and
// give the holdout what it is short of a quarter of the whole group.
const next = { ...lock };
const fresh = cases.filter(({ c }) => !lock[c.id]).map(({ c }) => c);
if (check && fresh.length) fail(`${fresh.length} case(s) are not in split.lock.json yet (run node tests/questions/realistic/split.mjs): ${fresh.map((c) => c.id).join(', ')}`);
const random = rng(SEED);
const groups = new Map();
for (const { c } of cases) {
  const key = `${c.kind}/${c.length}`;
  if (!groups.has(key)) groups.set(key, { all: 0, holdout: 0, fresh: [] });
  const g = groups.get(key);
  g.all++;
  if (lock[c.id] === 'holdout') g.holdout++;
  if (!lock[c.id]) g.fresh.push(c);
}
for (const key of [...groups.keys()].sort()) {
  const g = groups.get(key);
  const list = g.fresh.sort((x, y) => (x.id < y.id ? -1 : 1));
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [list[i], list[j]] = [list[j], list[i]];
  }
  let need = Math.max(0, Math.round(g.all * HOLDOUT_SHARE) - g.holdout);
  for (const c of list) {
    next[c.id] = need > 0 ? 'holdout' : 'tune';
    if (need > 0) need--;
  }
}

const shape = (c) => ({ id: c.id, kind: c.kind, channel: c.channel, voice: c.voice, length: c.length, say: c.say, expect: c.expect ?? {} });
const byId = (x, y) => (x.id < y.id ? -1 : 1);
const about = 'Realistic SEND Signpost questions written from the five seed documents, in parents\' and SENDCos\' own words (stories, typos, text-speak, Teams shorthand, follow-ups, handoffs, one-word messages, out-of-scope look-alikes). Run with /work/shared/eval/ask.mjs.';
const all = cases.map(({ c }) => c).sort(byId);
const inSplit = (split) => all.filter((c) => next[c.id] === split);
const asFile = (list, note) => JSON.stringify({ about: `${about} ${note}`, cases: list.map(shape) }, null, 2) + '\n';
const outputs = new Map([
  [FILES.tune, asFile(inSplit('tune'), 'Tuning split: calibrate and tune on this one.')],
  [FILES.holdout, asFile(inSplit('holdout'), 'HOLDOUT split: never tune on it, never copy its wording; run it only to report.')],
  [LOCK, JSON.stringify(Object.fromEntries(all.map((c) => [c.id, next[c.id]])), null, 1) + '\n'],
]);

if (check) {
  const stale = [...outputs].filter(([f, text]) => !existsSync(f) || readFileSync(f, 'utf8') !== text).map(([f]) => f.slice(here.length + 1));
  if (stale.length) fail(`stale: ${stale.join(', ')} (run node tests/questions/realistic/split.mjs)`);
} else {
  for (const [f, text] of outputs) writeFileSync(f, text);
}

const count = (list) => {
  const out = {};
  for (const c of list) for (const k of [`kind:${c.kind}`, `length:${c.length}`, `voice:${c.voice}`, `kind/length:${c.kind}/${c.length}`]) out[k] = (out[k] ?? 0) + 1;
  return out;
};
console.log(JSON.stringify({ total: all.length, added: fresh.length, tune: count(inSplit('tune')), holdout: count(inSplit('holdout')) }, null, 1));
