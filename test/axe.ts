import axe from 'axe-core'
import { expect } from 'vitest'

/**
 * Runs axe-core over a rendered container and fails with the rules broken.
 * `region` is off: components are parts of a page, landmarks are the app's.
 * `color-contrast` is off: jsdom has no layout or canvas, so axe can only call
 * it incomplete; contrast is checked in the browser (stories, a11y addon).
 * Call it with real timers (axe schedules its own work).
 */
export async function expectNoAxeViolations(container: Element): Promise<void> {
  const results = await axe.run(container, { rules: { region: { enabled: false }, 'color-contrast': { enabled: false } } })
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`)).toEqual([])
}
