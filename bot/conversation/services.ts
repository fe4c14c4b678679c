import type { KnowledgeBase } from '../knowledge/knowledge-base';
import type { Logger } from '../log';

/** Everything conversation code needs from outside, injected so tests can pin each one. */
export type BotServices = {
  /** The current content version; read once per turn so a reload never changes a turn midway. */
  knowledge: () => KnowledgeBase;
  now: () => Date;
  publicUrl: string;
  log: Logger;
};
