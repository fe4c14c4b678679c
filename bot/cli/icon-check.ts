import { PNG } from 'pngjs';

/** The two icons every Teams app needs, with the sizes Teams requires. */
export const ICON_RULES = {
  color: { size: 192, what: 'full-colour icon' },
  outline: { size: 32, what: 'outline icon (white on transparent)' },
} as const;

export type IconKind = keyof typeof ICON_RULES;

/**
 * Problems with one icon file, empty when it is fine. Teams rejects a package whose icons
 * are the wrong size, and shows a badly made outline icon as a grey or solid square, so the
 * outline must be white pixels on a transparent background and nothing else.
 */
export function checkIcon(kind: IconKind, file: string, bytes: Buffer): string[] {
  const rule = ICON_RULES[kind];
  let png: PNG;
  try {
    png = PNG.sync.read(bytes);
  } catch {
    return [`${file}: the ${rule.what} is not a PNG file`];
  }
  if (png.width !== rule.size || png.height !== rule.size) {
    return [`${file}: the ${rule.what} must be ${rule.size}×${rule.size} pixels, but it is ${png.width}×${png.height}`];
  }
  if (kind === 'outline') {
    let coloured = 0;
    let transparent = 0;
    for (let i = 0; i < png.data.length; i += 4) {
      const alpha = png.data[i + 3];
      if (alpha === 0) transparent++;
      else if (png.data[i] !== 255 || png.data[i + 1] !== 255 || png.data[i + 2] !== 255) coloured++;
    }
    const problems: string[] = [];
    if (coloured) problems.push(`${file}: the outline icon must be white only, but ${coloured} pixels have another colour`);
    if (!transparent) problems.push(`${file}: the outline icon must have a transparent background`);
    return problems;
  }
  return [];
}
