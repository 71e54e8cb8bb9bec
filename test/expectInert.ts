import { expect } from 'vitest'

// eslint-disable-next-line no-control-regex
const controls = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/

/**
 * Fails unless what a component rendered from server data is inert: no
 * element a server could have injected (scripts, images, frames, inline
 * handlers), no link but an http(s) one or a link to a field on the page, and
 * no control characters in the text. With `garbage`, also no text of the
 * kind a lookup through `constructor` or `__proto__` leaves (`function
 * Object()`, `[object Object]`, `undefined`): only for inputs whose own text
 * cannot contain those words.
 */
export function expectInert(container: Element, { garbage = false } = {}): void {
  expect(container.querySelectorAll('script, img, iframe, object, embed, svg, style, link, meta, base, form')).toHaveLength(0)
  for (const element of container.querySelectorAll('*')) {
    for (const { name } of element.attributes) expect(name, `<${element.localName} ${name}>`).not.toMatch(/^on/i)
    const href = element.getAttribute('href') ?? element.getAttribute('src') ?? element.getAttribute('action')
    if (href !== null) expect(href, `<${element.localName}> link`).toMatch(/^(https?:\/\/|#)/i)
  }
  expect(container.textContent).not.toMatch(controls)
  if (garbage) expect(container.textContent).not.toMatch(/function \w*\(|\[object |\[native code\]|undefined|NaN/)
}
