const PLACEHOLDER = /\$\{\{\s*([A-Z0-9_]+)\s*\}\}/g;

export type Filled = { manifest: unknown; unknown: string[] };

/**
 * manifest/manifest.json holds `${{NAME}}` placeholders (the Teams Toolkit convention) for
 * what differs between deployments. Filling works on the parsed JSON, string by string, so
 * a value can never break the JSON around it.
 *
 * Replace every placeholder; names with no value are listed in `unknown` and left as they were.
 */
export function fillPlaceholders(template: unknown, values: Readonly<Record<string, string>>): Filled {
  const unknown = new Set<string>();
  const fill = (node: unknown): unknown => {
    if (typeof node === 'string') {
      return node.replace(PLACEHOLDER, (whole, name: string) => {
        if (Object.hasOwn(values, name)) return values[name];
        unknown.add(name);
        return whole;
      });
    }
    if (Array.isArray(node)) return node.map(fill);
    if (node && typeof node === 'object') return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, fill(v)]));
    return node;
  };
  const manifest = fill(template);
  return { manifest, unknown: [...unknown].sort() };
}
