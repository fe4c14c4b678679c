import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cycles, importGraph } from './helpers/import-graph';

const BOT = resolve(__dirname, '../bot');
const graph = importGraph(BOT);

/** What bot/knowledge may not know about: the Bot Framework, HTTP, and every layer above it. */
const ABOVE_KNOWLEDGE = { packages: ['botbuilder', 'restify', '@microsoft/teams-ai'], folders: ['conversation/', 'channels/', 'curation/', 'cli/'] };

/**
 * The layers, lowest first: each may import from those below it, never from one above. The
 * wiring (server, start, index, cli, storage) sits on top; log, config and http are shared
 * plumbing that every layer but knowledge may use, and that uses none of the layers.
 */
const LAYERS = ['knowledge/', 'conversation/', 'channels/', 'curation/'];
const PLUMBING = ['log.ts', 'config.ts', 'http/'];
const layerOf = (file: string) => LAYERS.findIndex((l) => file.startsWith(l));
const isPlumbing = (file: string) => PLUMBING.some((p) => file === p || (p.endsWith('/') && file.startsWith(p)));

describe('how the modules in bot/ depend on each other', () => {
  it('reads the whole source tree (a walk that found nothing would pass everything)', () => {
    expect(graph.size).toBeGreaterThan(60);
    expect(graph.get('start.ts')?.local).toContain('server.ts');
    expect(graph.get('server.ts')?.packages).toContain('restify');
    expect(graph.get('conversation/app.ts')?.packages).toContain('@microsoft/teams-ai');
  });

  it('has no import cycle (what `npx madge --circular bot` checks), type imports included', () => {
    expect(cycles(graph).map((c) => c.join(' -> '))).toEqual([]);
  });

  it('finds a cycle when there is one, so the check above can fail', () => {
    const looped = new Map(graph);
    looped.set('knowledge/schema.ts', { local: ['knowledge/store.ts'], packages: [] });
    expect(cycles(looped).map((c) => c.join(' -> '))).toContainEqual(expect.stringMatching(/knowledge\/schema\.ts -> knowledge\/store\.ts -> .*knowledge\/schema\.ts/));
  });

  it('keeps bot/knowledge free of the Bot Framework, restify and every layer above it', () => {
    const knowledge = [...graph].filter(([file]) => file.startsWith('knowledge/'));
    expect(knowledge.length).toBeGreaterThan(10);
    const offending = knowledge.flatMap(([file, { local, packages }]) => [
      ...packages.filter((p) => ABOVE_KNOWLEDGE.packages.includes(p)).map((p) => `${file} imports ${p}`),
      ...local.filter((l) => ABOVE_KNOWLEDGE.folders.some((f) => l.startsWith(f)) || !l.startsWith('knowledge/')).map((l) => `${file} imports ${l}`),
    ]);
    expect(offending).toEqual([]);
  });

  it('imports only from its own layer or below: knowledge < conversation < channels < curation < the wiring', () => {
    const upward = [...graph].flatMap(([file, { local }]) => {
      const mine = layerOf(file);
      return local
        .filter((target) => {
          if (isPlumbing(file)) return layerOf(target) >= 0;
          if (mine < 0) return false;
          return layerOf(target) > mine || (layerOf(target) < 0 && !isPlumbing(target));
        })
        .map((target) => `${file} imports ${target}`);
    });
    expect(upward).toEqual([]);
  });
});
