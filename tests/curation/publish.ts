import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { FIXTURE_CONTENT } from '../helpers/bot';

/** Items to publish into a running bot: one good, one broken (a form without its form fields). */
export const PUBLISH = resolve(__dirname, '../fixtures/curation/publish');
export const NEW_ITEM = join(PUBLISH, 'holiday-club.md');
export const BROKEN_ITEM = join(PUBLISH, 'broken-item.md');
export const NEW_QUESTION = 'Is there a holiday club for children with SEND?';
export const NEW_TITLE = 'Holiday club for children with SEND';
export const ADMIN_TOKEN = 'test-admin-token-0123456789';

/** A private copy of the fixture content, so a test can change it under a running bot. */
export function contentCopy(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'signpost-content-')), 'content');
  cpSync(FIXTURE_CONTENT, dir, { recursive: true });
  return dir;
}

/** Check until `test` passes or the time is up; returns whether it passed. */
export async function eventually(test: () => Promise<boolean> | boolean, timeoutMs = 10_000, everyMs = 100): Promise<boolean> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await test()) return true;
    await new Promise((r) => setTimeout(r, everyMs));
  }
  return test();
}
