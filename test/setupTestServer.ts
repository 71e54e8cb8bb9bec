import { setupServer } from 'msw/node'
import type { RequestHandler } from 'msw'
import { afterAll, afterEach, beforeAll, vi } from 'vitest'

/**
 * An MSW server for the calling test file: it listens before the file's tests,
 * resets its handlers (and any fake timers) after each, and closes after all.
 * A request no handler answers fails the test.
 */
export function setupTestServer(...handlers: RequestHandler[]) {
  const server = setupServer(...handlers)
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
  afterEach(() => {
    server.resetHandlers()
    vi.useRealTimers()
  })
  afterAll(() => server.close())
  return server
}
