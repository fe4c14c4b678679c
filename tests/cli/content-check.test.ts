import { describe, expect, it } from 'vitest';
import { runCli } from './run';

const FAULT = /^[^:\s]+\.md:\d+: [\w.]+: .+$/;

describe('npm run content:check', () => {
  it('passes good content with exit 0', () => {
    const r = runCli('content-check.ts', ['tests/fixtures/curation/good']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Content is fine: 5 items and 0 glossary terms in tests\/fixtures\/curation\/good\./);
  });

  it('prints every problem as file:line: field: problem, paths openable from the project folder, and exits 1', () => {
    const r = runCli('content-check.ts', ['tests/fixtures/curation/broken/bad-addresses']);
    expect(r.status).toBe(1);
    const lines = r.stdout.trim().split('\n');
    expect(lines.slice(0, -1).every((l) => FAULT.test(l))).toBe(true);
    expect(lines[0]).toMatch(/^tests\/fixtures\/curation\/broken\/bad-addresses\/addresses\.md:14: links\.0\.url: /);
    expect(lines.at(-1)).toMatch(/6 problems and 1 warning found/);
  });

  it('exits 0 on warnings alone, and 1 with --strict', () => {
    const args = ['tests/fixtures/curation/broken/review-passed', '--today=2026-11-23'];
    const normal = runCli('content-check.ts', args);
    expect(normal.status).toBe(0);
    expect(normal.stdout).toMatch(/overdue\.md:12: review_by: warning: the review date 2026-06-30 has passed/);
    const strict = runCli('content-check.ts', [...args, '--strict']);
    expect(strict.status).toBe(1);
    expect(strict.stdout).toMatch(/overdue\.md:12: review_by: the review date/);
  });

  it('takes "today" from --today', () => {
    expect(runCli('content-check.ts', ['tests/fixtures/curation/broken/review-passed', '--today=2026-01-01', '--strict']).status).toBe(0);
  });

  it('reads CONTENT_DIR when no folder is given, and explains a bad option or missing folder', () => {
    expect(runCli('content-check.ts', [], { CONTENT_DIR: 'tests/fixtures/curation/good' }).status).toBe(0);
    const bad = runCli('content-check.ts', ['--strcit']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/Unknown option --strcit/);
    const missing = runCli('content-check.ts', ['tests/fixtures/curation/no-such-folder']);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/Could not read the content/);
  });
});
