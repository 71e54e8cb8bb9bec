// @vitest-environment node
// Node's own fetch, AbortSignal and DOMException: jsdom's AbortSignal is not
// one undici accepts.
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ApiError, isApiError } from './ApiError.js'
import { classifyError } from './classifyError.js'

// Accepts connections and never answers.
let silent: Server
let url: string
beforeAll(async () => {
  silent = createServer(() => undefined)
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve))
  url = `http://127.0.0.1:${(silent.address() as AddressInfo).port}/`
})
afterAll(async () => {
  silent.closeAllConnections()
  await new Promise((resolve) => silent.close(resolve))
})

/** Checks fields by reading them: an `undefined` field need not be an own property. */
function expectFields(error: ApiError, expected: Partial<Record<keyof ApiError, unknown>>): void {
  for (const [key, value] of Object.entries(expected)) expect(error[key as keyof ApiError], key).toEqual(value)
}

async function thrownBy(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise
  } catch (thrown: unknown) {
    return thrown
  }
  throw new Error('expected a rejection')
}

describe('classifyError: no response', () => {
  it('calls fetch\'s TypeError for a refused connection network, retryable', async () => {
    // Port 1 on loopback: nothing listens there.
    const thrown = await thrownBy(fetch('http://127.0.0.1:1/'))
    expect(thrown).toBeInstanceOf(TypeError)
    expectFields(classifyError(thrown), { category: 'network', retryable: true, status: undefined })
  })

  it.each([
    ['Chrome', 'Failed to fetch'],
    ['Firefox', 'NetworkError when attempting to fetch resource.'],
    ['Safari', 'Load failed'],
    ['undici', 'fetch failed'],
  ])('calls %s\'s fetch TypeError network', (_browser, message) => {
    expect(classifyError(new TypeError(message)).category).toBe('network')
  })

  it('does not call a programming TypeError network', () => {
    const error = classifyError(new TypeError("Cannot read properties of undefined (reading 'id')"))
    expect(error.category).toBe('unknown')
    expect(error.retryable).toBe(false)
  })

  it('calls a real AbortSignal.timeout on a request that never answers a retryable timeout', async () => {
    const thrown = await thrownBy(fetch(url, { signal: AbortSignal.timeout(50) }))
    expect((thrown as DOMException).name).toBe('TimeoutError')
    expectFields(classifyError(thrown), { category: 'timeout', retryable: true, status: undefined })
  })

  it('calls a real abort of that request aborted, not retryable', async () => {
    const controller = new AbortController()
    const pending = fetch(url, { signal: controller.signal })
    setTimeout(() => controller.abort(), 20)
    const thrown = await thrownBy(pending)
    expect((thrown as DOMException).name).toBe('AbortError')
    expectFields(classifyError(thrown), { category: 'aborted', retryable: false })
  })

  it('reads DOMExceptions made by hand, and their reasons wrapped as a cause', () => {
    expect(classifyError(new DOMException('The operation was aborted.', 'AbortError')).category).toBe('aborted')
    expect(classifyError(new DOMException('The operation timed out.', 'TimeoutError')).category).toBe('timeout')
    const wrapped = new Error('[GET] "/api": <no response> fetch failed', { cause: new DOMException('timed out', 'TimeoutError') })
    expect(classifyError(wrapped).category).toBe('timeout')
  })
})

describe('classifyError: client errors carrying a response', () => {
  it('reads an axios-shaped error: response.{status,data,headers}', () => {
    const error = classifyError({
      name: 'AxiosError', message: 'Request failed with status code 422', code: 'ERR_BAD_REQUEST',
      response: {
        status: 422,
        data: { message: 'The given data was invalid.', errors: { email: ['The email has already been taken.'] } },
        headers: { 'x-request-id': 'ax-1', 'content-type': 'application/json' },
      },
    })
    expectFields(error, { category: 'validation', status: 422, message: 'The given data was invalid.', requestId: 'ax-1' })
    expect(error.fieldErrors).toEqual({ email: ['The email has already been taken.'] })
  })

  it('reads axios headers through their get(), and a text or ArrayBuffer body', () => {
    const headers = { get: (name: string) => ({ 'retry-after': '4' })[name] }
    expectFields(classifyError({ response: { status: 503, data: 'Service Unavailable', headers } }), {
      category: 'unavailable', retryAfterMs: 4_000, message: 'Service Unavailable',
    })
    const bytes = new TextEncoder().encode('{"error":"bytes"}').buffer
    expect(classifyError({ response: { status: 500, data: bytes, headers: {} } }).message).toBe('bytes')
  })

  it('reads axios errors without a response by their code', () => {
    expect(classifyError({ name: 'AxiosError', code: 'ERR_NETWORK', message: 'Network Error' }).category).toBe('network')
    expect(classifyError({ name: 'AxiosError', code: 'ECONNABORTED', message: 'timeout of 1000ms exceeded' }).category).toBe('timeout')
    expect(classifyError({ name: 'AxiosError', code: 'ETIMEDOUT', message: 'timeout exceeded' }).category).toBe('timeout')
    expect(classifyError({ name: 'CanceledError', code: 'ERR_CANCELED', message: 'canceled' }).category).toBe('aborted')
    expect(classifyError({ name: 'Error', code: 'ECONNREFUSED', message: 'connect ECONNREFUSED 127.0.0.1:80' }).category).toBe('network')
  })

  it('reads a ky-shaped HTTPError: response plus data when ky read it', () => {
    const response = new Response('{"error":"ignored: the data wins"}', { status: 429, headers: { 'retry-after': '2' } })
    const error = Object.assign(new Error('Request failed with status code 429 Too Many Requests'), {
      name: 'HTTPError', response, data: { success: false, error: 'rate_limit_exceeded', message: 'Slow down' },
    })
    expectFields(classifyError(error), { category: 'rate_limited', code: 'rate_limit_exceeded', message: 'Slow down', retryAfterMs: 2_000 })
    expect(response.bodyUsed).toBe(false)
  })

  it('classifies a ky-shaped HTTPError without data from status and headers, synchronously', () => {
    const error = Object.assign(new Error('Request failed'), { name: 'HTTPError', response: new Response('{}', { status: 404, headers: { 'x-request-id': 'k1' } }) })
    expectFields(classifyError(error), { category: 'not_found', status: 404, requestId: 'k1', message: '' })
    expect(classifyError(Object.assign(new Error('Request timed out'), { name: 'TimeoutError' })).category).toBe('timeout')
  })

  it('reads an ofetch-shaped FetchError: response._data, data, status', () => {
    const response = Object.assign(new Response(null, { status: 409 }), { _data: { error: { code: 'stale', message: 'Reload first' } } })
    const error = Object.assign(new Error('[PUT] "/api/orders/1": 409 Conflict'), {
      name: 'FetchError', response, data: response._data, status: 409, statusCode: 409, statusText: 'Conflict',
    })
    expectFields(classifyError(error), { category: 'conflict', code: 'stale', message: 'Reload first' })
    const offline = new Error('[GET] "/api": <no response> fetch failed', { cause: new TypeError('fetch failed') })
    expect(classifyError(Object.assign(offline, { name: 'FetchError' })).category).toBe('network')
  })

  it('classifies a thrown Response (Remix, React Router loaders) from status and headers, leaving its body', () => {
    const response = new Response('{"error":"nope"}', { status: 403, headers: { 'x-request-id': 'r1' } })
    expectFields(classifyError(response), { category: 'forbidden', requestId: 'r1' })
    expect(response.bodyUsed).toBe(false)
  })
})

describe('classifyError: plain values', () => {
  it('reads a plain { status, headers, body } record', () => {
    const error = classifyError({ status: 503, headers: { 'Retry-After': '3' }, body: { error: 'maintenance' } })
    expectFields(error, { category: 'unavailable', retryable: true, retryAfterMs: 3_000, message: 'maintenance' })
    expect(classifyError({ status: 400, body: '{"error":"raw text parsed"}' }).message).toBe('raw text parsed')
    expect(classifyError({ statusCode: 404 }).category).toBe('not_found')
  })

  it('reads at most maxBodyBytes of a text or bytes body, as toApiError does', () => {
    const text = 'too long: ' + 'x'.repeat(5000)
    expect(classifyError({ status: 500, body: text }, { maxBodyBytes: 100 }).body).toBe(text.slice(0, 100))
    const bytes = new TextEncoder().encode(text)
    expect(classifyError({ status: 500, body: bytes.subarray(5) }, { maxBodyBytes: 100 }).body).toBe(text.slice(5, 105))
    expect(classifyError({ status: 500, body: bytes.buffer }, { maxBodyBytes: 100 }).body).toBe(text.slice(0, 100))
    // Cut short, a JSON document is no longer one: no message from its fragment.
    const json = JSON.stringify({ error: 'y'.repeat(200) })
    expectFields(classifyError({ status: 400, body: json }, { maxBodyBytes: 50 }), { message: '', body: json.slice(0, 50) })
    expect(classifyError({ status: 400, body: json }).message).toBe('y'.repeat(200))
  })

  it('keeps a string as the message, clipped to 1000 characters', () => {
    expectFields(classifyError('Something went wrong'), { category: 'unknown', message: 'Something went wrong' })
    expect(classifyError('x'.repeat(5000)).message.length).toBeLessThanOrEqual(1000)
  })

  it.each([null, undefined, 0, 42, true, Symbol('s'), 10n, () => undefined, [], {}, new Error('plain'), new Map()].map((v) => [v]))(
    'calls %s unknown, with an empty message',
    (value) => {
      const error = classifyError(value)
      expect(error).toBeInstanceOf(ApiError)
      expectFields(error, { category: 'unknown', retryable: false, status: undefined, message: '' })
      expect(error.fieldErrors).toEqual({})
    },
  )

  it('keeps the thrown value as the cause', () => {
    const thrown = new Error('plain')
    expect(classifyError(thrown).cause).toBe(thrown)
  })
})

describe('classifyError: idempotence', () => {
  it('returns an ApiError as it is', () => {
    const error = new ApiError({ category: 'rate_limited', status: 429, retryAfterMs: 1000 })
    expect(classifyError(error)).toBe(error)
  })

  it('returns the same value when applied twice, for every kind of input', () => {
    for (const value of ['text', null, { status: 422, body: { errors: { a: ['b'] } } }, new TypeError('Failed to fetch'), new DOMException('x', 'AbortError')]) {
      const once = classifyError(value)
      expect(classifyError(once)).toBe(once)
    }
  })

  it('passes through an ApiError from another copy of the library', () => {
    const foreign = Object.assign(new Error('from an iframe'), { name: 'ApiError', category: 'conflict', status: 409, fieldErrors: {} })
    expect(isApiError(foreign)).toBe(true)
    expect(classifyError(foreign)).toBe(foreign)
  })
})

describe('classifyError with impossible statuses', () => {
  it('does not take NaN or a fraction for a status', () => {
    for (const status of [Number.NaN, 404.5, Infinity]) {
      expect(classifyError({ response: { status } }).status).toBeUndefined()
      expect(classifyError({ status }).status).toBeUndefined()
    }
  })
})
