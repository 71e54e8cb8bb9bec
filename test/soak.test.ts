// An hour of a dashboard on a bad day, in fake time: 1,000 failing queries,
// every category mixed, through real fetch, MSW, a real QueryClient and the
// library's defaults. Afterwards nothing may be left behind: no timer, no
// listener, no unhandled rejection, and every query must have been tried
// exactly as often as the retry policy says.
import { QueryClient, QueryObserver, focusManager, onlineManager } from '@tanstack/react-query'
import { delay, http, HttpResponse } from 'msw'
import { setupServer } from 'msw/node'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { classifyError, toApiError, withDeadline, type ApiError, type ErrorCategory } from '../src/core/index.js'
import { withApiErrorDefaults } from '../src/query/withApiErrorDefaults.js'

/** How each category is made, and how many attempts the default policy makes. */
const kinds: { category: ErrorCategory; attempts: number; answer: () => Response | Promise<Response> }[] = [
  { category: 'validation', attempts: 1, answer: () => HttpResponse.json({ type: 'about:blank', detail: 'Bad', field_errors: { name: ['Required'] } }, { status: 422 }) },
  { category: 'unauthenticated', attempts: 1, answer: () => HttpResponse.json({ error: 'Token expired' }, { status: 401 }) },
  { category: 'forbidden', attempts: 1, answer: () => HttpResponse.json({ success: false, error: 'ip_not_allowed', message: 'No' }, { status: 403 }) },
  { category: 'not_found', attempts: 1, answer: () => HttpResponse.json({ error: 'Not found' }, { status: 404 }) },
  { category: 'method_not_allowed', attempts: 1, answer: () => new HttpResponse(null, { status: 405 }) },
  { category: 'not_acceptable', attempts: 1, answer: () => HttpResponse.text('Not acceptable', { status: 406 }) },
  { category: 'conflict', attempts: 1, answer: () => HttpResponse.json({ success: false, error: 'duplicate_customer', message: 'Exists' }, { status: 409 }) },
  { category: 'payload_too_large', attempts: 1, answer: () => new HttpResponse(null, { status: 413 }) },
  { category: 'unsupported_media_type', attempts: 1, answer: () => new HttpResponse(null, { status: 415 }) },
  { category: 'client', attempts: 1, answer: () => HttpResponse.text("I'm a teapot", { status: 418 }) },
  { category: 'rate_limited', attempts: 4, answer: () => HttpResponse.json({ error: 'rate_limit_exceeded', retry_after: 3 }, { status: 429, headers: { 'retry-after': '2' } }) },
  { category: 'unavailable', attempts: 4, answer: () => HttpResponse.text('Down for maintenance', { status: 503 }) },
  { category: 'server', attempts: 4, answer: () => HttpResponse.text('<html><body>Internal error</body></html>', { status: 500 }) },
  { category: 'timeout', attempts: 4, answer: () => new HttpResponse(null, { status: 504 }) },
  { category: 'network', attempts: 4, answer: () => HttpResponse.error() },
  // The client's deadline (5 s) passes long before this answer would come.
  { category: 'timeout', attempts: 4, answer: async () => (await delay(60_000), HttpResponse.json({ ok: true })) },
  // A 2xx that says it failed: not retried, `unknown`.
  { category: 'unknown', attempts: 1, answer: () => HttpResponse.json({ ok: false }) },
  // Cancelled while in flight: `aborted`, never reported.
  { category: 'aborted', attempts: 1, answer: async () => (await delay(30_000), HttpResponse.json({ ok: true })) },
]

const requests = new Map<number, number>()
const server = setupServer(
  http.get('http://soak.test/:kind/:id', ({ params }) => {
    const id = Number(params.id)
    requests.set(id, (requests.get(id) ?? 0) + 1)
    return kinds[Number(params.kind)]!.answer()
  }),
)

async function queryFn({ queryKey, signal }: { queryKey: readonly unknown[]; signal: AbortSignal }): Promise<unknown> {
  const [, kind, id] = queryKey
  const response = await fetch(`http://soak.test/${String(kind)}/${String(id)}`, { signal: withDeadline(signal, 5000) })
  if (!response.ok) throw await toApiError(response)
  const body = (await response.json()) as { ok?: boolean }
  // Apps throw anything; a body that says it failed is a common one.
  // eslint-disable-next-line @typescript-eslint/only-throw-error
  if (body.ok === false) throw body
  return body
}

/** The size of a TanStack Query subscribable's listener set. */
const listeners = (subscribable: object) => (subscribable as unknown as { listeners: Set<unknown> }).listeners.size

const unhandled: unknown[] = []
const onUnhandled = (reason: unknown) => void unhandled.push(reason)
beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' })
  process.on('unhandledRejection', onUnhandled)
})
afterAll(() => {
  server.close()
  process.off('unhandledRejection', onUnhandled)
  vi.useRealTimers()
})

describe('an hour of failures, in fake time', () => {
  it('tries each of 1,000 failing queries as the policy says, and leaves nothing behind', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] })
    const baseline = { online: listeners(onlineManager), focus: listeners(focusManager) }
    const reported: ApiError[] = []
    const signOuts: ApiError[] = []
    const client = new QueryClient(withApiErrorDefaults({ defaultOptions: { queries: { gcTime: 60_000 } } }, { onError: (error) => reported.push(error), onUnauthenticated: (error) => signOuts.push(error) }))
    client.mount()

    const total = 1000
    const hourMs = 3_600_000
    const results = new Map<number, { kind: number; error: unknown; status: string; unsubscribe: () => void }>()
    let started = 0
    for (let now = 0; now < hourMs + 300_000; now += 1000) {
      // Spread the queries over the hour, a few at a time, as dashboard panels refresh.
      while (started < total && started * (hourMs / total) <= now) {
        const id = started++
        const kind = id % kinds.length
        const observer = new QueryObserver(client, { queryKey: ['soak', kind, id], queryFn })
        const entry = { kind, error: undefined as unknown, status: 'pending', unsubscribe: () => {} }
        entry.unsubscribe = observer.subscribe((result) => {
          entry.status = result.status
          entry.error = result.error
          // A panel that shows the failure goes away once it has.
          if (result.status === 'error') entry.unsubscribe()
        })
        results.set(id, entry)
        if (kinds[kind]!.category === 'aborted') setTimeout(() => void client.cancelQueries({ queryKey: ['soak', kind, id] }), 2000)
      }
      await vi.advanceTimersByTimeAsync(1000)
    }
    for (const entry of results.values()) entry.unsubscribe()
    // Past every gcTime: the cache lets the queries go by itself.
    await vi.advanceTimersByTimeAsync(120_000)

    // Every query failed as its kind says, after exactly the attempts the policy allows.
    const wrong: string[] = []
    for (const [id, entry] of results) {
      const { category, attempts } = kinds[entry.kind]!
      const seen = requests.get(id) ?? 0
      const got = category === 'aborted' ? (entry.status === 'pending' ? 'aborted' : entry.status) : classifyError(entry.error).category
      if (got !== category || seen !== attempts) wrong.push(`#${id} ${category}: got ${got} after ${seen} attempts`)
    }
    expect(wrong).toEqual([])
    // One report per failed query, none per attempt, none for a cancel; one sign-out however many 401s.
    const cancels = [...results.values()].filter((entry) => kinds[entry.kind]!.category === 'aborted').length
    expect(reported).toHaveLength(total - cancels)
    expect(signOuts).toHaveLength(1)

    expect(client.getQueryCache().getAll()).toHaveLength(0)
    // Only withApiErrorDefaults' own subscription, which lives as long as the cache: none per query.
    expect(listeners(client.getQueryCache())).toBe(1)
    client.unmount()
    expect({ online: listeners(onlineManager), focus: listeners(focusManager) }).toEqual(baseline)
    expect(vi.getTimerCount()).toBe(0)
    expect(unhandled).toEqual([])
  }, 60_000)
})
