import { z } from 'zod';

/**
 * The content model SENDIASS staff edit: one Markdown file per item, YAML front matter
 * validated here. Key names are a contract with staff tooling and tests — do not rename.
 */

const isoDate = z
  .union([z.string(), z.date()])
  .transform((v, ctx) => {
    const s = v instanceof Date ? v.toISOString().slice(0, 10) : v.trim();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(s) || Number.isNaN(Date.parse(s))) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: `"${s}" is not a date written as YYYY-MM-DD` });
      return z.NEVER;
    }
    return s;
  });

/** A date with an optional time, e.g. 2025-02-12 or 2025-02-12T09:30 (UK local time). */
const isoDateTime = z
  .union([z.string(), z.date()])
  .transform((v, ctx) => {
    const s = v instanceof Date ? v.toISOString().slice(0, 16) : v.trim();
    if (!/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/.test(s) || Number.isNaN(Date.parse(s))) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        message: `"${s}" is not a date and time written as YYYY-MM-DD or YYYY-MM-DDTHH:MM`,
      });
      return z.NEVER;
    }
    return s;
  });

const text = (what: string) => z.string({ required_error: `${what} is missing` }).trim().min(1, `${what} is empty`);

export const emailSchema = z.string().trim().email('is not a valid email address');
export const urlSchema = z
  .string()
  .trim()
  .url('is not a valid web address (it should start with https://)')
  .refine((u) => /^https?:\/\//i.test(u), 'must start with http:// or https://');
export const phoneSchema = z
  .string()
  .trim()
  .regex(/^\+?[0-9][0-9 ()-]{4,20}[0-9]$/, 'is not a phone number (digits and spaces only)');

export const kinds = ['article', 'service', 'form', 'session', 'contact'] as const;
export const audiences = ['parent', 'professional'] as const;
export const areas = ['leicester', 'leicestershire', 'rutland', 'llr', 'national'] as const;

export const linkSchema = z.object({ title: text('link title'), url: urlSchema }).strict();

export const contactSchema = z
  .object({
    name: z.string().trim().min(1).optional(),
    email: emailSchema.optional(),
    phone: phoneSchema.optional(),
    url: urlSchema.optional(),
    hours: z.string().trim().min(1).optional(),
  })
  .strict();

export const sourceSchema = z
  .object({
    document: text('source document'),
    section: text('source section'),
    url: urlSchema.optional(),
  })
  .strict();

export const sessionDateSchema = z
  .object({
    start: isoDateTime,
    end: isoDateTime.optional(),
    note: z.string().trim().min(1).optional(),
  })
  .strict();

/** The longest summary: it is shown first and alone, so one or two plain sentences. */
export const MAX_SUMMARY_CHARS = 300;

const common = {
  id: z
    .string({ required_error: 'id is missing' })
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens, like "element-3-funding"'),
  title: text('title'),
  summary: text('summary').max(MAX_SUMMARY_CHARS, `is longer than ${MAX_SUMMARY_CHARS} characters: keep it to one or two plain sentences`),
  audiences: z.array(z.enum(audiences)).min(1, 'needs at least one of parent, professional'),
  areas: z.array(z.enum(areas)).min(1, 'needs at least one of leicester, leicestershire, rutland, llr, national'),
  source: sourceSchema,
  reviewed: isoDate,
  review_by: isoDate.optional(),
  questions: z.array(text('question')).default([]),
  // Staff write tags like `2025`, `13` or `yes`; YAML reads those as numbers or true/false,
  // which are fine as tags.
  tags: z
    .array(
      z
        .union([z.string(), z.number(), z.boolean()], { errorMap: () => ({ message: 'each tag must be a word or short phrase' }) })
        .transform(String)
        .pipe(text('tag')),
    )
    .default([]),
  links: z.array(linkSchema).default([]),
  contact: contactSchema.optional(),
  /** Ids of other items to offer as "related". */
  related: z.array(z.string().trim().min(1)).default([]),
};

const formFields = {
  who_can_use: text('who_can_use'),
  eligibility: z.array(text('eligibility point')).min(1, 'needs at least one eligibility point'),
  prepare: z.array(text('thing to prepare')).default([]),
  how_to_submit: text('how_to_submit'),
  turnaround: z.string().trim().min(1).optional(),
  talk_to_first: z.string().trim().min(1).optional(),
};

const sessionFields = {
  dates: z.array(sessionDateSchema).default([]),
  recurrence: z.string().trim().min(1).optional(),
  place: z.string().trim().min(1).optional(),
  online: z.boolean().default(false),
  booking: z.string().trim().min(1).optional(),
  /** Where people find dates once the published ones have passed. */
  new_dates: z.string().trim().min(1).optional(),
};

export const articleSchema = z.object({ kind: z.literal('article'), ...common }).strict();
export const serviceSchema = z.object({ kind: z.literal('service'), ...common }).strict();
export const contactItemSchema = z.object({ kind: z.literal('contact'), ...common }).strict();
export const formSchema = z.object({ kind: z.literal('form'), ...common, ...formFields }).strict();
export const sessionSchema = z
  .object({ kind: z.literal('session'), ...common, ...sessionFields })
  .strict()
  .refine((s) => s.dates.length > 0 || s.recurrence !== undefined, {
    message: 'a session needs dates or a recurrence',
    path: ['dates'],
  });

export const frontMatterSchema = z.discriminatedUnion('kind', [
  articleSchema,
  serviceSchema,
  contactItemSchema,
  formSchema,
  // discriminatedUnion needs plain objects; the session refinement is applied in load.ts.
  z.object({ kind: z.literal('session'), ...common, ...sessionFields }).strict(),
]);

export type FrontMatter = z.infer<typeof frontMatterSchema>;
export type Kind = (typeof kinds)[number];
export type Audience = (typeof audiences)[number];
export type Area = (typeof areas)[number];
export type Contact = z.infer<typeof contactSchema>;
export type SessionDate = z.infer<typeof sessionDateSchema>;
export type SessionItem = Extract<FrontMatter, { kind: 'session' }>;

/** A loaded item: front matter plus its body and where it came from. */
export type Item = FrontMatter & {
  /** Body Markdown as written. */
  body: string;
  /** Path relative to the content folder, for error messages and the admin page. */
  file: string;
};

export const glossaryEntrySchema = z
  .object({
    term: text('term'),
    expansion: text('expansion'),
    meaning: z.string().trim().min(1).optional(),
    /** Other words people use for the same thing; each is searched as the expansion too. */
    synonyms: z.array(text('synonym')).default([]),
  })
  .strict();

export const glossarySchema = z.object({ entries: z.array(glossaryEntrySchema) }).strict();

export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;
