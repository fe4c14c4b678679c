import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';

/**
 * The fixed replies for messages in other languages, kept by staff in CONTENT_DIR/languages/
 * as one Markdown file per language (see content/languages/README.md). The body is sent as
 * it is; the front matter says which language it is and whether a fluent speaker checked it.
 */
export const LANGUAGES_FOLDER = 'languages';

const date = z.union([z.string(), z.date()]).transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v.trim()));

export const languageNoteSchema = z
  .object({
    language: z.string().trim().min(1),
    code: z.string().trim().regex(/^[a-z]{2,3}$/, 'must be a language code like "pl" or "ur"'),
    /** The detector's ISO 639-3 code, or `other` for the English reply to any other language. */
    detect: z.string().trim().regex(/^(?:[a-z]{3}|other)$/, 'must be a three-letter ISO 639-3 code like "pol", or "other"'),
    direction: z.enum(['ltr', 'rtl']).default('ltr'),
    reviewed: date,
    review_by: date.optional(),
    fluent_review: z.enum(['needed', 'done']),
  })
  .strict();

export type LanguageNote = z.infer<typeof languageNoteSchema> & { text: string; file: string };

/** By detector code; `other` is the English fallback. */
export type LanguageNotes = ReadonlyMap<string, LanguageNote>;

export class LanguageNoteError extends Error {}

/**
 * Read every language file under `contentDir`; none (an empty map) when the folder is absent.
 * A broken file is left out and reported to `onProblem` as `file: field: problem`: the bot
 * still starts, and messages in that language get the English "other language" reply.
 */
export function loadLanguageNotes(contentDir: string, onProblem: (problem: string) => void = () => {}): LanguageNotes {
  const dir = join(contentDir, LANGUAGES_FOLDER);
  const notes = new Map<string, LanguageNote>();
  if (!existsSync(dir)) return notes;
  for (const name of readdirSync(dir).sort()) {
    if (!name.endsWith('.md') || name === 'README.md') continue;
    const file = `${LANGUAGES_FOLDER}/${name}`;
    try {
      const note = parseLanguageNote(file, readFileSync(join(dir, name), 'utf8'));
      if (notes.has(note.detect)) throw new LanguageNoteError(`${file}: detect: "${note.detect}" is also used by ${notes.get(note.detect)!.file}`);
      notes.set(note.detect, note);
    } catch (err) {
      if (!(err instanceof LanguageNoteError)) throw err;
      onProblem(err.message);
    }
  }
  return notes;
}

/** One file's front matter and body; throws a `file: field: problem` message when it is wrong. */
export function parseLanguageNote(file: string, raw: string): LanguageNote {
  const match = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(raw);
  if (!match) throw new LanguageNoteError(`${file}: the file must start with details between two --- lines`);
  const parsed = languageNoteSchema.safeParse(parse(match[1]));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${file}: ${i.path.join('.') || '(details)'}: ${i.message}`);
    throw new LanguageNoteError(problems.join('\n'));
  }
  const text = raw.slice(match[0].length).trim();
  if (!text) throw new LanguageNoteError(`${file}: the message below the details is empty`);
  return { ...parsed.data, text, file };
}
