// @vitest-environment node
// Servers send anything and apps throw anything. Every value here is built to
// break the classifier: it must still answer, with an ApiError, quickly, and
// without touching anything outside the error it returns.
import { createServer, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ApiError, classifyError, toApiError } from '../src/core/index.js'

const json = { 'content-type': 'application/json' }
const respond = (status: number, body: unknown, headers: Record<string, string> = json) =>
  new Response(typeof body === 'string' ? body : JSON.stringify(body), { status, headers })

/** A stream of `total` bytes of `byte`, made lazily so the test itself stays small. */
function bytes(total: number, byte = 0x61, chunk = 64 * 1024): ReadableStream<Uint8Array> {
  let sent = 0
  return new ReadableStream({
    pull(controller) {
      if (sent >= total) return controller.close()
      const size = Math.min(chunk, total - sent)
      sent += size
      controller.enqueue(new Uint8Array(size).fill(byte))
    },
  })
}

const protoKeys = Object.getOwnPropertyNames(Object.prototype).sort()
const arrayKeys = Object.getOwnPropertyNames(Array.prototype).sort()

function expectNoPollution() {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  expect(([] as unknown as Record<string, unknown>).polluted).toBeUndefined()
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(protoKeys)
  expect(Object.getOwnPropertyNames(Array.prototype).sort()).toEqual(arrayKeys)
  expect(Object.getPrototypeOf({})).toBe(Object.prototype)
}

/** Whether a promise settles within `ms` of real time. */
const within = <T,>(promise: Promise<T>, ms: number) =>
  Promise.race([promise, new Promise<'pending'>((resolve) => setTimeout(() => resolve('pending'), ms))])

describe('hostile URLs in a problem', () => {
  const urls = ['javascript:alert(document.cookie)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', '//evil.test/x', '/relative/path', 'vbscript:msgbox(1)']

  it.each(urls)('keeps %j in type and instance as plain data', async (url) => {
    const error = await toApiError(respond(403, { type: url, title: 'No', instance: url, detail: 'Denied' }, { 'content-type': 'application/problem+json' }))
    expect(error.category).toBe('forbidden')
    // Data, trimmed and clipped like any server text; never resolved or rewritten into something else.
    expect(error.code).toBe(url.trim())
    expect(error.instance).toBe(url.trim())
    expect(error.message).toBe('Denied')
  })
})

describe('markup and control characters in server text', () => {
  it('keeps HTML in JSON text as text, for components to render inert', async () => {
    const script = '<img src=x onerror=alert(1)><script>alert(2)</script>'
    const error = await toApiError(respond(422, { title: script, detail: script, field_errors: { name: [script] } }))
    expect(error.message).toBe(script)
    expect(error.title).toBe(script)
    expect(error.fieldErrors.name).toEqual([script])
  })

  it('gives no message for an HTML page, whatever its Content-Type says', async () => {
    const page = '<!doctype html><html><body><script>alert(1)</script>Bad gateway</body></html>'
    for (const type of ['text/html', 'application/json', 'text/plain']) {
      const error = await toApiError(respond(502, page, { 'content-type': type }))
      expect(error.category).toBe('server')
      expect(error.message).toBe('')
    }
  })

  it('strips C0 and C1 control characters from every text it keeps', async () => {
    const dirty = 'a\u0000b\u0007c\u001b[31md\u007fe\u0085f\u009bg'
    const error = await toApiError(
      respond(409, { type: `urn:${dirty}`, title: `Title ${dirty}`, detail: `Text ${dirty}`, instance: `/i/${dirty}`, field_errors: { name: [`Field ${dirty}`] } }),
    )
    const texts = [error.message, error.title, error.code, error.instance, ...(error.fieldErrors.name ?? [])]
    expect(texts).toHaveLength(5)
    for (const text of texts) {
      // eslint-disable-next-line no-control-regex
      expect(text).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/)
      expect(text).toMatch(/abc\[31mdefg$/)
    }
  })

  it('strips control characters from a request id, from a header record or a body', () => {
    expect(classifyError({ status: 500, headers: { 'x-request-id': 'req\u0000-1\u001b[2J' } }).requestId).toBe('req-1[2J')
    expect(classifyError({ status: 500, body: { request_id: '\u0007r-2\u0000' } }).requestId).toBe('r-2')
    expect(classifyError({ status: 500, body: { request_id: 'r'.repeat(10_000) } }).requestId!.length).toBeLessThanOrEqual(200)
  })
})

describe('huge bodies', () => {
  it('reads at most maxBodyBytes of a 50 MB body without a Content-Length', async () => {
    const started = performance.now()
    const response = new Response(bytes(50 * 1024 * 1024), { status: 500 })
    const error = await toApiError(response, { maxBodyBytes: 64 * 1024 })
    expect(error.category).toBe('server')
    expect(typeof error.body).toBe('string')
    expect((error.body as string).length).toBe(64 * 1024)
    expect(error.message.length).toBeLessThanOrEqual(1000)
    expect(performance.now() - started).toBeLessThan(2000)
  })

  it('does not trust a Content-Length that lies (or counts compressed bytes)', async () => {
    // A gzip bomb looks like this to script: a small declared length, a huge decoded body.
    const response = new Response(bytes(50 * 1024 * 1024), { status: 503, headers: { 'content-length': '100' } })
    const error = await toApiError(response, { maxBodyBytes: 64 * 1024 })
    expect(error.category).toBe('unavailable')
    expect((error.body as string).length).toBeLessThanOrEqual(64 * 1024)
  })

  it('bounds field errors, messages and codes from a body full of them', async () => {
    const fieldErrors = Object.fromEntries(Array.from({ length: 400 }, (_, i) => [`f${i}`, Array.from({ length: 30 }, (_, j) => `m${j}`.repeat(200))]))
    const error = await toApiError(respond(422, { type: 'x'.repeat(100_000), detail: 'd'.repeat(100_000), field_errors: fieldErrors }), { maxBodyBytes: 16 * 1024 * 1024 })
    const fields = Object.values(error.fieldErrors)
    expect(fields.length).toBeGreaterThan(0)
    expect(fields.length).toBeLessThanOrEqual(200)
    for (const messages of fields) {
      expect(messages.length).toBeLessThanOrEqual(20)
      for (const message of messages) expect(message.length).toBeLessThanOrEqual(500)
    }
    expect(error.message.length).toBeLessThanOrEqual(1000)
    expect(error.code!.length).toBeLessThanOrEqual(500)
  })

  it('classifies a client error whose body is a 20 MB string', () => {
    const error = classifyError({ response: { status: 422, data: `{"detail":"${'x'.repeat(20 * 1024 * 1024)}"}`, headers: {} } })
    expect(error.category).toBe('validation')
    expect(error.message.length).toBeLessThanOrEqual(1000)
  })
})

describe('deeply nested JSON', () => {
  const depth = 100_000
  const arrays = '['.repeat(depth) + ']'.repeat(depth)
  const objects = '{"errors":'.repeat(depth) + '{}' + '}'.repeat(depth)
  const lists = '{"errors":['.repeat(depth) + ']}'.repeat(depth)
  // Truncated by the byte bound: looks like JSON, is not.
  const truncated = '{"detail":['.repeat(depth)

  it.each([
    ['arrays', arrays],
    ['objects', objects],
    ['lists', lists],
    ['truncated', truncated],
  ])('classifies a response of %s 100,000 levels deep', async (_, body) => {
    const error = await toApiError(respond(422, body))
    expect(error.category).toBe('validation')
    expect(error.message).toBe('')
    expect(classifyError({ status: 503, body }).category).toBe('unavailable')
  })

  it('classifies an already parsed body 100,000 levels deep', () => {
    let body: Record<string, unknown> = { detail: 'deepest' }
    for (let i = 0; i < depth; i++) body = { errors: body, field_errors: body, error: body, detail: [body] }
    const error = classifyError({ response: { status: 400, data: body, headers: {} } })
    expect(error.category).toBe('validation')
    expect(Object.keys(error.fieldErrors).length).toBeLessThanOrEqual(200)
  })
})

describe('prototype pollution', () => {
  const keys = ['__proto__', 'constructor', 'prototype']

  it('keeps __proto__, constructor and prototype as ordinary field names', async () => {
    const body = `{
      "field_errors": { "__proto__": ["p"], "constructor": ["c"], "prototype": ["t"], "toString": ["s"] },
      "errors": { "__proto__": { "polluted": ["nested"] }, "constructor": { "prototype": { "polluted": ["deep"] } } }
    }`
    const error = await toApiError(respond(422, body))
    expectNoPollution()
    expect(error.fieldErrors['__proto__']).toEqual(['p'])
    expect(error.fieldErrors['constructor']).toEqual(['c'])
    expect(error.fieldErrors['prototype']).toEqual(['t'])
    expect(error.fieldErrors['toString']).toEqual(['s'])
    expect(error.fieldErrors['__proto__.polluted']).toEqual(['nested'])
    expect(error.fieldErrors['constructor.prototype.polluted']).toEqual(['deep'])
    // Only what the body said: nothing inherited shows up as a field.
    expect(Object.keys(error.fieldErrors).sort()).toEqual(
      ['__proto__', '__proto__.polluted', 'constructor', 'constructor.prototype.polluted', 'prototype', 'toString'].sort(),
    )
  })

  it.each(keys)('reads pointers and paths through %s without assigning along them', async (key) => {
    const body = {
      errors: [
        { detail: 'one', pointer: `#/${key}/polluted` },
        { message: 'two', path: `${key}.prototype.polluted` },
        { msg: 'three', loc: ['body', key, 'polluted'] },
        { reason: 'four', name: `items[0][${key}][polluted]` },
      ],
    }
    const error = await toApiError(respond(400, body))
    expectNoPollution()
    expect({ ...error.fieldErrors }).toEqual({
      [`${key}.polluted`]: ['one', 'three'],
      [`${key}.prototype.polluted`]: ['two'],
      [`items.0.${key}.polluted`]: ['four'],
    })
  })

  it('ignores what a body, a header record or a thrown value inherits or fakes through __proto__', () => {
    const thrown = JSON.parse('{"__proto__": {"status": 500, "name": "AbortError"}, "constructor": {"name": "TimeoutError"}}') as unknown
    expect(classifyError(thrown).category).toBe('unknown')
    const headers = JSON.parse('{"__proto__": {"retry-after": "5", "x-request-id": "fake"}}') as unknown
    const error = classifyError({ status: 429, headers, body: '{"__proto__": {"detail": "fake", "retry_after": 9}}' })
    expect(error.category).toBe('rate_limited')
    expect(error.retryAfterMs).toBeUndefined()
    expect(error.requestId).toBeUndefined()
    expect(error.message).toBe('')
    expectNoPollution()
  })
})

describe('thrown values that fight back', () => {
  it('classifies circular errors, bodies and causes', () => {
    const error: Record<string, unknown> = { name: 'Error' }
    error.cause = error
    error.self = error
    expect(classifyError(error).category).toBe('unknown')

    const data: Record<string, unknown> = { detail: 'Loop' }
    data.errors = data
    data.field_errors = data
    const list: unknown[] = []
    list.push(list, { detail: 'in list', field: 'a' }, list)
    data.detail = list
    const axiosLike: Record<string, unknown> = { response: { status: 422, data, headers: {} } }
    ;(axiosLike.response as Record<string, unknown>).request = axiosLike
    const classified = classifyError(axiosLike)
    expect(classified.category).toBe('validation')
    expect(classified.message).toBe('in list')
    // The loop unrolls into paths, as far as the bounds allow and no further.
    expect(Object.keys(classified.fieldErrors).length).toBeLessThanOrEqual(200)

    // A cause chain that never ends, made of distinct objects.
    let chain: Record<string, unknown> = { name: 'TypeError', message: 'fetch failed' }
    for (let i = 0; i < 10_000; i++) chain = { name: 'Error', message: 'wrapped', cause: chain }
    expect(classifyError(chain).category).toBe('unknown')
  })

  it('answers "unknown" for values whose every read throws', () => {
    const boom = () => {
      throw new Error('boom')
    }
    const getters = Object.defineProperties({}, Object.fromEntries(
      ['name', 'message', 'code', 'status', 'statusCode', 'response', 'cause', 'body', 'data', 'headers', 'config'].map((key) => [key, { get: boom, enumerable: true }]),
    ))
    const traps = new Proxy({}, { get: boom, has: boom, getPrototypeOf: boom, ownKeys: boom, getOwnPropertyDescriptor: boom })
    const { proxy: revoked, revoke } = Proxy.revocable({}, {})
    revoke()
    for (const value of [getters, traps, revoked]) {
      const error = classifyError(value)
      expect(error).toBeInstanceOf(ApiError)
      expect(error.category).toBe('unknown')
    }
  })

  it('keeps the status when only the body or the headers fight back', () => {
    const { proxy: revoked, revoke } = Proxy.revocable({}, {})
    revoke()
    const hostileBody = Object.defineProperty({}, 'detail', { get: () => { throw new Error('boom') }, enumerable: true })
    for (const part of [{ body: revoked }, { body: hostileBody }, { headers: revoked }, { data: revoked }]) {
      expect(classifyError({ status: 503, ...part }).category).toBe('unavailable')
    }
  })

  it('never rejects, for a Response that is a revoked proxy or has throwing getters', async () => {
    const { proxy: revoked, revoke } = Proxy.revocable({}, {})
    revoke()
    const throwing = new Proxy(new Response('x', { status: 500 }), { get: () => { throw new Error('boom') } })
    const fake = { status: 502, headers: {}, clone: () => { throw new Error('no clone') }, get body(): never { throw new Error('no body') } }
    for (const value of [revoked, throwing, fake]) {
      const error = await toApiError(value as unknown as Response)
      expect(error).toBeInstanceOf(ApiError)
    }
    expect((await toApiError(fake as unknown as Response)).category).toBe('server')
  })

  it('classifies values whose toString and Symbol.toPrimitive throw', () => {
    const hostile = { toString: () => { throw new Error('no string') }, [Symbol.toPrimitive]: () => { throw new Error('no primitive') }, valueOf: () => { throw new Error('no value') } }
    expect(classifyError(hostile).category).toBe('unknown')
    expect(classifyError({ name: hostile, message: hostile, code: hostile }).category).toBe('unknown')
    expect(classifyError({ status: hostile }).category).toBe('unknown')
    const error = classifyError({ status: 429, headers: { 'retry-after': [hostile], 'x-request-id': hostile }, body: { detail: hostile, error: hostile, errors: [hostile] } })
    expect(error.category).toBe('rate_limited')
  })

  it('classifies frozen and sealed values without writing to them', () => {
    const body = Object.freeze({ detail: 'Frozen', field_errors: Object.freeze({ name: Object.freeze(['Required']) }) })
    const thrown = Object.freeze({ response: Object.freeze({ status: 422, data: body, headers: Object.freeze({ 'x-request-id': 'r1' }) }) })
    const error = classifyError(thrown)
    expect(error).toMatchObject({ category: 'validation', message: 'Frozen', requestId: 'r1' })
    expect(error.fieldErrors).toEqual({ name: ['Required'] })
    expect(classifyError(Object.seal(new TypeError('Failed to fetch'))).category).toBe('network')
    expect(classifyError(Object.freeze(new DOMException('late', 'TimeoutError'))).category).toBe('timeout')
    // An ApiError is frozen where it matters: its field errors.
    expect(Object.isFrozen(error.fieldErrors)).toBe(true)
  })

  it('classifies BigInt and Symbol values wherever they appear', () => {
    for (const value of [10n, Symbol('x'), Symbol.for('status')]) expect(classifyError(value).category).toBe('unknown')
    expect(classifyError({ status: 500n }).category).toBe('unknown')
    for (const status of [Number.NaN, Infinity, -Infinity]) {
      expect(classifyError({ status }).status).toBeUndefined()
      expect(classifyError({ response: { status, data: {} } }).category).toBe('unknown')
    }
    expect(classifyError({ name: Symbol('AbortError'), message: Symbol('m') }).category).toBe('unknown')
    const error = classifyError({ status: 400, headers: { 'retry-after': 5n, [Symbol('h')]: 'x' }, body: { detail: 1n, field_errors: { age: [1n, 'Too young'] }, [Symbol('s')]: 'hidden', retry_after: 7n } })
    expect(error.category).toBe('validation')
    expect(error.fieldErrors).toEqual({ age: ['Too young'] })
    expect(error.retryAfterMs).toBeUndefined()
  })

  it('does not take a server\'s JSON that claims to be an ApiError at its word', async () => {
    // The pattern `if (!response.ok) throw await response.json()` lets the server choose what is thrown.
    const claims = [
      { name: 'ApiError', category: '__proto__', message: 'x', fieldErrors: {} },
      { name: 'ApiError', category: 'validation', message: 'x', fieldErrors: { email: 'not a list' } },
      { name: 'ApiError', category: 'validation', message: 'x', fieldErrors: { email: [{ toString: null }] } },
      { name: 'ApiError', category: 'server', message: 7, fieldErrors: {} },
      { name: 'ApiError', category: 'server', message: 'x' },
    ]
    for (const claim of claims) {
      const thrown: unknown = await respond(500, claim).json()
      const error = classifyError(thrown)
      expect(error).toBeInstanceOf(ApiError)
      expect(error).not.toBe(thrown)
    }
    // One made by another copy of the library, in another realm, still passes through.
    const foreign = Object.assign(new Error('Conflict'), { name: 'ApiError', category: 'conflict', status: 409, fieldErrors: { a: ['b'] } })
    expect(classifyError(foreign)).toBe(foreign)
  })

  it('classifies TanStack Query\'s CancelledError as aborted', async () => {
    const { CancelledError } = await import('@tanstack/query-core')
    expect(classifyError(new CancelledError({ revert: true })).category).toBe('aborted')
    expect(classifyError(new CancelledError()).retryable).toBe(false)
  })
})

describe('bodies that fail while being read', () => {
  it('classifies from status and headers when the stream errors mid-read', async () => {
    let pulls = 0
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (++pulls > 3) return controller.error(new TypeError('terminated'))
        controller.enqueue(new TextEncoder().encode('{"detail":"partial'))
      },
    })
    const error = await toApiError(new Response(body, { status: 503, headers: { 'retry-after': '7', 'x-request-id': 'r-9' } }))
    expect(error).toMatchObject({ category: 'unavailable', retryAfterMs: 7000, requestId: 'r-9', retryable: true })
  })

  it('classifies a response whose stream fails on the first read', async () => {
    const body = new ReadableStream({ start: (controller) => controller.error(new Error('reset')) })
    expect((await toApiError(new Response(body, { status: 429 }))).category).toBe('rate_limited')
  })
})

describe('a body that never ends', () => {
  let server: Server
  let url: string
  const open = new Set<ServerResponse>()

  beforeAll(async () => {
    // Sends the status and headers and a few bytes of JSON, then hangs.
    server = createServer((_, res) => {
      open.add(res)
      res.writeHead(502, { 'content-type': 'application/json', 'x-request-id': 'hang-1' })
      res.write('{"detail":"Upstream is ')
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`
  })
  afterAll(async () => {
    for (const res of open) res.destroy()
    server.closeAllConnections()
    await new Promise((resolve) => server.close(resolve))
  })

  it('ends with the request\'s own signal: a deadline bounds the body read too', async () => {
    const response = await fetch(url, { signal: AbortSignal.timeout(300) })
    const started = performance.now()
    const error = await toApiError(response)
    expect(performance.now() - started).toBeLessThan(2000)
    expect(error).toMatchObject({ category: 'server', status: 502, requestId: 'hang-1' })
  })

  it('waits as long as the body does when nothing bounds the request', async () => {
    const controller = new AbortController()
    const response = await fetch(url, { signal: controller.signal })
    // Documented: like response.text(), toApiError waits for a body that never ends.
    // Give the request a deadline (see withDeadline) and the wait ends with it.
    const pending = toApiError(response)
    expect(await within(pending, 300)).toBe('pending')
    controller.abort()
    expect((await pending).category).toBe('server')
  })
})
