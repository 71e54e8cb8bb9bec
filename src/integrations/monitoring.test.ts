// @vitest-environment node
// The beforeSend runs inside a real @sentry/core client whose transport keeps
// the envelopes it would send: the event shape and hint are Sentry's own.
import { captureException, Client, createTransport, setCurrentClient, eventFromUnknownInput, parseEnvelope, type ClientOptions, type Event, type EventHint } from '@sentry/core'
import { QueryCache, QueryClient } from '@tanstack/react-query'
import { describe, expect, it } from 'vitest'
import { ApiError, classifyError } from '../core/index.js'
import { apiErrorBeforeSend, errorReport, shouldReport } from './monitoring.js'

class TestClient extends Client<ClientOptions> {
  constructor(options: ClientOptions) {
    super(options)
  }
  eventFromException(exception: unknown, hint?: EventHint): PromiseLike<Event> {
    return Promise.resolve(eventFromUnknownInput(this, () => [], exception, hint))
  }
  eventFromMessage(message: unknown): PromiseLike<Event> {
    return Promise.resolve({ message: String(message) })
  }
}

/** The events a Sentry client with `apiErrorBeforeSend` sends for each thrown value. */
async function sentFor(...thrown: unknown[]): Promise<Event[]> {
  const events: Event[] = []
  const client = new TestClient({
    dsn: 'http://public@127.0.0.1:9/1',
    integrations: [],
    stackParser: () => [],
    beforeSend: apiErrorBeforeSend,
    transport: (options) =>
      createTransport(options, (request) => {
        for (const [header, item] of parseEnvelope(request.body)[1]) if (header.type === 'event') events.push(item as Event)
        return Promise.resolve({ statusCode: 200 })
      }),
  })
  // As Sentry.init does: the SDK's captureException hands the hint (originalException) over.
  setCurrentClient(client)
  client.init()
  for (const value of thrown) captureException(value)
  await client.flush(2000)
  return events
}

const fail = (status: number, headers: Record<string, string> = {}, body: unknown = {}) => classifyError({ status, headers, body })

describe('shouldReport', () => {
  it('reports 5xx, network, response-less timeouts and unknowns; not 4xx or cancels', () => {
    expect([500, 502, 503, 504].map((status) => shouldReport(fail(status)))).toEqual([true, true, true, true])
    expect([400, 401, 403, 404, 408, 409, 422, 429].some((status) => shouldReport(fail(status)))).toBe(false)
    expect(shouldReport(new TypeError('Failed to fetch'))).toBe(true)
    expect(shouldReport(new DOMException('The operation timed out.', 'TimeoutError'))).toBe(true)
    expect(shouldReport(new Error('undefined is not a function'))).toBe(true)
    expect(shouldReport(new DOMException('The user aborted a request.', 'AbortError'))).toBe(false)
    expect(shouldReport(new ApiError({ category: 'aborted' }))).toBe(false)
  })
})

describe('errorReport', () => {
  it('gives the tags and context, retry facts included, without the server text', () => {
    const error = fail(503, { 'retry-after': '30', 'x-request-id': 'req-1' }, { code: 'maintenance', message: 'Back at 5 for Jane Doe' })
    const report = errorReport(error, { queryHash: '["stations"]', state: { fetchFailureCount: 3 } })
    expect(report.tags).toEqual({ 'api.category': 'unavailable', 'api.retryable': 'true', 'api.status': '503', 'api.code': 'maintenance', request_id: 'req-1' })
    expect(report.contexts.api_error).toMatchObject({ category: 'unavailable', status: 503, retryable: true, retryAfterMs: 30_000, attempts: 3, requestId: 'req-1', queryHash: '["stations"]' })
    expect(JSON.stringify(report)).not.toContain('Jane')
  })

  it('feeds a QueryCache onError with the attempts TanStack Query made', async () => {
    const reports: ReturnType<typeof errorReport>[] = []
    const queryCache = new QueryCache({ onError: (error, query) => void (shouldReport(error) && reports.push(errorReport(error, query))) })
    const client = new QueryClient({ queryCache })
    const failing = () => Promise.reject(fail(500))
    await client.prefetchQuery({ queryKey: ['a'], queryFn: failing, retry: 2, retryDelay: 1 })
    await client.prefetchQuery({ queryKey: ['b'], queryFn: () => Promise.reject(fail(404)), retry: false })
    expect(reports).toHaveLength(1)
    expect(reports[0]?.contexts.api_error).toMatchObject({ status: 500, attempts: 3, queryHash: '["a"]' })
  })
})

describe('apiErrorBeforeSend', () => {
  it('drops 4xx and cancels, tags what it keeps, and leaves app bugs alone', async () => {
    const events = await sentFor(fail(422), new DOMException('aborted', 'AbortError'), fail(502, { 'x-request-id': 'req-9' }), new TypeError('Failed to fetch'), new RangeError('bug'))
    expect(events).toHaveLength(3)
    const [server, network, bug] = events
    expect(server?.tags).toMatchObject({ 'api.category': 'server', 'api.status': '502', request_id: 'req-9' })
    expect(server?.contexts?.api_error).toMatchObject({ status: 502, retryable: true })
    expect(network?.tags).toMatchObject({ 'api.category': 'network' })
    expect(bug?.tags?.['api.category']).toBeUndefined()
    expect(bug?.exception?.values?.[0]?.type).toBe('RangeError')
  })
})
