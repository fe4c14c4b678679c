import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import type { KnowledgeBase } from '../../bot/knowledge/knowledge-base';
import { replyToQuestion } from '../../bot/conversation/answering';
import { preferencesFor } from '../../bot/conversation/preferences';
import { render } from '../../bot/channels/render';
import { visibleText } from './replies';

export const QUESTIONS_DIR = resolve(__dirname, '../questions');

const caseSchema = z.object({
  id: z.string(),
  kind: z.enum(['answer', 'decline', 'route']).default('answer'),
  channel: z.enum(['webchat', 'msteams']).default('webchat'),
  say: z.string(),
  seed: z.string().optional(),
  section: z.string().optional(),
  item: z.union([z.string(), z.array(z.string())]).optional(),
  expect: z.object({ all: z.array(z.array(z.string())).default([]) }).default({}),
});
const fileSchema = z.object({ about: z.string().optional(), cases: z.array(caseSchema) });

export type QuestionCase = z.infer<typeof caseSchema> & { file: string };
export type CaseResult = { c: QuestionCase; ok: boolean; why: string[]; answered?: string };

/** Every case in tests/questions/*.json. */
export function loadQuestionSets(dir = QUESTIONS_DIR): QuestionCase[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((file) => fileSchema.parse(JSON.parse(readFileSync(join(dir, file), 'utf8'))).cases.map((c) => ({ ...c, file })));
}

const norm = (s: string) =>
  s.normalize('NFKC').replace(/[\u2018\u2019]/g, "'").replace(/[\u2013\u2014]/g, '-').replace(/[*_`>#]/g, '').replace(/\s+/g, ' ').toLowerCase();

/** Ask one case in-process, judge it like the shared runner does, and say why it failed. */
export function runCase(kb: KnowledgeBase, c: QuestionCase, now: Date): CaseResult {
  const { reply, decision } = replyToQuestion(kb, c.say, preferencesFor({}, c.channel), { now, publicUrl: 'http://localhost' });
  const why: string[] = [];
  const answered = decision.kind === 'answer' ? decision.best.item.id : undefined;
  if (c.kind === 'decline') {
    if (decision.kind !== 'decline') why.push(`should decline, but ${decision.kind === 'answer' ? `answered ${answered}` : 'asked which one'}`);
    return { c, ok: why.length === 0, why, answered };
  }
  if (decision.kind !== 'answer') why.push(`${decision.kind}d instead of answering`);
  const wanted = c.item === undefined ? [] : Array.isArray(c.item) ? c.item : [c.item];
  if (answered && wanted.length && !wanted.includes(answered)) why.push(`answered ${answered}, wanted ${wanted.join(' or ')}`);
  const text = norm(visibleText([render(reply, c.channel)]));
  for (const group of c.expect.all) {
    if (!group.some((alt) => text.includes(norm(alt)))) why.push(`missing one of ${JSON.stringify(group)}`);
  }
  return { c, ok: why.length === 0, why, answered };
}
