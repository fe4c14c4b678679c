export type Severity = 'error' | 'warning';
/**
 * One problem in the content, as every report shows it (content:check, the running bot's
 * reloads, the admin page): `file:line: field: problem`. Errors stop the content being
 * published; warnings are for staff to look at and never stop it.
 */
export type Finding = { file: string; line: number; field: string; problem: string; severity: Severity };

/** `file:line: field: problem`, with "warning: " before the problem of a warning. */
export const formatFinding = (f: Finding): string => `${f.file}:${f.line}: ${f.field}: ${f.severity === 'warning' ? 'warning: ' : ''}${f.problem}`;

/** File, line, then field order (related.2 after related.1), so every report lists them alike. */
export const byPlace = (a: Finding, b: Finding): number =>
  a.file.localeCompare(b.file) || a.line - b.line || a.field.localeCompare(b.field, 'en', { numeric: true });

export const errorsIn = (findings: readonly Finding[]): Finding[] => findings.filter((f) => f.severity === 'error');
export const warningsIn = (findings: readonly Finding[]): Finding[] => findings.filter((f) => f.severity === 'warning');
