// @vitest-environment node
import { getEventListeners } from 'node:events'
import { createServer, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { classifyError } from './classifyError.js'
import { toApiError } from './toApiError.js'
import { withDeadline } from './withDeadline.js'

describe('withDeadline', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  it('aborts with a TimeoutError once the deadline passes, classified as a retryable timeout', () => {
    vi.useFakeTimers()
    const signal = withDeadline(undefined, 5000)
    vi.advanceTimersByTime(4999)
    expect(signal.aborted).toBe(false)
    vi.advanceTimersByTime(1)
    expect(signal.aborted).toBe(true)
    expect((signal.reason as DOMException).name).toBe('TimeoutError')
    expect(classifyError(signal.reason)).toMatchObject({ category: 'timeout', retryable: true })
  })

  it('aborts with the parent\'s reason when the parent aborts first: a cancel, not a timeout', () => {
    vi.useFakeTimers()
    const parent = new AbortController()
    const signal = withDeadline(parent.signal, 5000)
    parent.abort()
    expect(signal.aborted).toBe(true)
    expect(signal.reason).toBe(parent.signal.reason)
    expect(classifyError(signal.reason)).toMatchObject({ category: 'aborted', retryable: false })
    // The deadline's timer goes with it.
    expect(vi.getTimerCount()).toBe(0)
  })

  it('is aborted at once, with the same reason, when the parent already is', () => {
    const reason = new DOMException('gone', 'AbortError')
    const signal = withDeadline(AbortSignal.abort(reason), 5000)
    expect(signal.aborted).toBe(true)
    expect(signal.reason).toBe(reason)
  })

  it('leaves no listener on a long-lived parent signal once each deadline has passed', () => {
    vi.useFakeTimers()
    const parent = new AbortController()
    for (let i = 0; i < 1000; i++) withDeadline(parent.signal, 1000 + i)
    expect(getEventListeners(parent.signal, 'abort')).toHaveLength(1000)
    vi.advanceTimersByTime(2000)
    expect(getEventListeners(parent.signal, 'abort')).toHaveLength(0)
    expect(vi.getTimerCount()).toBe(0)
  })

  describe('with a real fetch to a server that never answers', () => {
    let server: Server
    let url: string
    const open = new Set<ServerResponse>()

    beforeAll(async () => {
      server = createServer((request, res) => {
        open.add(res)
        // /headers sends status and headers, then a body that never ends; / sends nothing.
        if (request.url === '/headers') {
          res.writeHead(500, { 'content-type': 'application/json', 'x-request-id': 'slow-1' })
          res.write('{"detail":')
        }
      })
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
      url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    })
    afterAll(async () => {
      for (const res of open) res.destroy()
      server.closeAllConnections()
      await new Promise((resolve) => server.close(resolve))
    })

    it('rejects as a timeout when no response arrives in time', async () => {
      const started = performance.now()
      const thrown: unknown = await fetch(url, { signal: withDeadline(undefined, 200) }).catch((error: unknown) => error)
      expect(performance.now() - started).toBeGreaterThanOrEqual(150)
      expect(classifyError(thrown)).toMatchObject({ category: 'timeout', retryable: true })
    })

    it('rejects as aborted when the caller cancels before the deadline', async () => {
      const parent = new AbortController()
      const pending = fetch(url, { signal: withDeadline(parent.signal, 10_000) }).catch((error: unknown) => error)
      setTimeout(() => parent.abort(), 50)
      expect(classifyError(await pending)).toMatchObject({ category: 'aborted', retryable: false })
    })

    it('bounds the body read of toApiError too', async () => {
      const response = await fetch(`${url}/headers`, { signal: withDeadline(undefined, 300) })
      const started = performance.now()
      const error = await toApiError(response)
      expect(performance.now() - started).toBeLessThan(2000)
      expect(error).toMatchObject({ category: 'server', status: 500, requestId: 'slow-1' })
    })
  })
})
