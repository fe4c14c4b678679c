import type { GapEvent, GapRecorder } from '../conversation/services';

/**
 * STUB (issue 7 will replace): the gap report log under DATA_DIR. Until then gaps are dropped,
 * which is safe: nothing personal is ever written.
 */
export class GapLog implements GapRecorder {
  constructor(readonly dataDir: string) {}

  record(_event: GapEvent): void {
    // Replaced by the curation work: redact, then append to DATA_DIR.
  }
}
