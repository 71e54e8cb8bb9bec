import { expect } from 'vitest'

// eslint-disable-next-line no-control-regex
const controls = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/

// The components' own leading icon: a hidden svg of constant paths and circles, nothing from the server.
const isToneIcon = (element: Element) =>
  element.localName === 'svg' &&
  element.classList.contains('rae-icon') &&
  element.getAttribute('aria-hidden') === 'true' &&
  [...element.children].every((child) => /^(path|circle)$/.test(child.localName) && [...child.attributes].every(({ name }) => /^(d|cx|cy|r|fill|stroke)$/.test(name)))

/**
 * Fails unless what a component rendered from server data is inert: no
 * element a server could have injected (scripts, images, frames, inline
 * handlers), no link but an http(s) one or a link to a field on the page, and
 * no control characters in the text (unless `controls: false`, for text an
 * app put in an ApiError itself rather than the classifier). With `garbage`, also no text of the
 * kind a lookup through `constructor` or `__proto__` leaves (`function
 * Object()`, `[object Object]`, `undefined`): only for inputs whose own text
 * cannot contain those words.
 */
export function expectInert(container: Element, { garbage = false, controls: checkControls = true } = {}): void {
  // Gathered, then asserted once: this runs for every fuzzing case.
  const found: string[] = []
  for (const element of container.querySelectorAll('script, img, iframe, object, embed, svg, style, link, meta, base, form')) if (!isToneIcon(element)) found.push(`<${element.localName}>`)
  for (const element of container.querySelectorAll('*')) {
    for (const { name } of element.attributes) if (/^on/i.test(name)) found.push(`<${element.localName} ${name}>`)
    const href = element.getAttribute('href') ?? element.getAttribute('src') ?? element.getAttribute('action')
    if (href !== null && !/^(https?:\/\/|#)/i.test(href)) found.push(`<${element.localName}> links to ${href}`)
  }
  expect(found).toEqual([])
  if (checkControls) expect(container.textContent).not.toMatch(controls)
  if (garbage) expect(container.textContent).not.toMatch(/function \w*\(|\[object |\[native code\]|undefined|NaN/)
}
