// Vitest browser commands: they run in Node and drive the Playwright page of
// a browser test. Playwright's own `setOffline` would also cut the page off
// from Vitest, so the network is taken away only from the test API.
import type { BrowserCommand } from 'vitest/node'

/** Requests under this path reach the test API: JSON `{ ok: true, request }` while online, or the `?status=` asked for. */
export const testApiPath = '/rae-test-api/'

let offline = false
let requests = 0
let routed = false

/**
 * Takes the network away from the page, or gives it back, as a person's Wi-Fi
 * would: requests to the test API fail as fetch does offline,
 * `navigator.onLine` changes and `offline` / `online` fire on `window`.
 * With `{ events: false }` only the requests fail: a network that drops
 * before the browser notices.
 */
export const setOffline: BrowserCommand<[value: boolean, options?: { events?: boolean }]> = async (context, value, options = {}) => {
  if (!routed) {
    routed = true
    await context.page.route(`**${testApiPath}**`, (route) => {
      requests++
      if (offline) return route.abort('internetdisconnected')
      // `?status=503` answers with that status, as a failing server would.
      const status = Number(new URL(route.request().url()).searchParams.get('status') ?? 200)
      return route.fulfill({ status, json: status < 400 ? { ok: true, request: requests } : { error: 'Service unavailable' } })
    })
  }
  offline = value
  if (options.events === false) return
  const frame = await context.frame()
  await frame.evaluate((isOffline) => {
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => !isOffline })
    window.dispatchEvent(new Event(isOffline ? 'offline' : 'online'))
  }, value)
}

/** How many requests reached the test API (failed or not) since the last call. */
export const takeTestApiRequests: BrowserCommand<[]> = () => {
  const count = requests
  requests = 0
  return count
}

declare module 'vitest/browser' {
  interface BrowserCommands {
    setOffline: (offline: boolean, options?: { events?: boolean }) => Promise<void>
    takeTestApiRequests: () => Promise<number>
  }
}
