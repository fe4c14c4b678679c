import axe from 'axe-core';
import type { Page } from 'playwright-core';

export type AxeFinding = { id: string; impact?: string | null; help: string; nodes: string[] };

/**
 * Run axe-core in the page (through the DevTools protocol, which the page's CSP does not
 * govern) against WCAG 2.1 A/AA and best practice; returns how many rules passed and the
 * serious or critical violations.
 */
export async function seriousAxeViolations(page: Page): Promise<{ passes: number; serious: AxeFinding[] }> {
  await page.evaluate(axe.source);
  const { passes, violations } = await page.evaluate(async () => {
    const result = await (window as unknown as { axe: typeof axe }).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    });
    return {
      passes: result.passes.length,
      violations: result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) })),
    };
  });
  return { passes, serious: violations.filter((v) => v.impact === 'serious' || v.impact === 'critical') };
}
