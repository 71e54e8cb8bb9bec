// Properties of both entry points over any input: a valid ApiError, never a
// throw, and classifyError idempotent. FC_RUNS raises the run count locally
// (`FC_RUNS=20000 npx vitest run --project unit src/core/classifier.property.test.ts`).
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ApiError, isApiError } from './ApiError.js'
import { classifyError } from './classifyError.js'
import { ERROR_CATEGORIES } from './ErrorCategory.js'
import { toApiError } from './toApiError.js'

const numRuns = Number(process.env.FC_RUNS) || 200

function expectValid(error: ApiError): void {
  expect(error).toBeInstanceOf(ApiError)
  expect(error.name).toBe('ApiError')
  expect(ERROR_CATEGORIES).toContain(error.category)
  expect(typeof error.retryable).toBe('boolean')
  expect(typeof error.message).toBe('string')
  expect(error.message.length).toBeLessThanOrEqual(1000)
  // A thrown record may carry any number as its status; a Response's is an integer (checked below).
  if (error.status !== undefined) expect(typeof error.status).toBe('number')
  for (const [text, max] of [[error.code, 500], [error.title, 1000], [error.requestId, 200]] as const) {
    if (text !== undefined) {
      expect(typeof text).toBe('string')
      expect(text.length).toBeLessThanOrEqual(max)
    }
  }
  if (error.instance !== undefined) expect(typeof error.instance).toBe('string')
  if (error.retryAfterMs !== undefined) {
    expect(Number.isFinite(error.retryAfterMs)).toBe(true)
    expect(error.retryAfterMs).toBeGreaterThanOrEqual(0)
  }
  expect(typeof error.fieldErrors).toBe('object')
  for (const messages of Object.values(error.fieldErrors)) {
    expect(Array.isArray(messages)).toBe(true)
    for (const message of messages) {
      expect(typeof message).toBe('string')
      expect(message.length).toBeLessThanOrEqual(500)
    }
  }
}

// Header names the classifier reads, and others; values as a server might send them.
const headerName = fc.oneof(
  fc.constantFrom('retry-after', 'Retry-After', 'ratelimit-reset', 'x-ratelimit-reset', 'ratelimit', 'x-request-id',
    'x-correlation-id', 'request-id', 'traceparent', 'cf-ray', 'content-type'),
  fc.stringMatching(/^[a-z][a-z0-9-]{0,20}$/),
)
const headerValue = fc.oneof(
  fc.integer().map(String),
  fc.double().map(String),
  fc.date({ noInvalidDate: false }).map((d) => (Number.isNaN(d.getTime()) ? 'Invalid Date' : d.toUTCString())),
  fc.constantFrom('"default";r=0;t=60', 'limit=1, remaining=0, reset=9', 'application/json', 'application/problem+json', 'text/html'),
  fc.string({ unit: 'binary', maxLength: 80 }).map((s) => s.replace(/[^\t\x20-\x7e\x80-\xff]/g, '')),
)
const headers = fc.dictionary(headerName, headerValue, { maxKeys: 6 })

// Bodies in the dialects' words, with any values, next to plain JSON and raw bytes.
const dialectKey = fc.constantFrom('type', 'title', 'detail', 'instance', 'status', 'errors', 'field_errors', 'invalid-params',
  'error', 'error_description', 'message', 'statusCode', 'code', 'success', 'retry_after', 'retryAfter', 'request_id',
  'traceId', 'loc', 'pointer', 'source', 'field', 'name', 'path', 'param', 'msg', 'reason', 'details', 'fieldViolations',
  '__proto__', 'constructor')
const dialectValue: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.jsonValue({ maxDepth: 2 }),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.oneof(dialectKey, fc.string({ maxLength: 8 })), tie('value'), { maxKeys: 5 }),
  ),
})).value
const jsonBody = fc.oneof(dialectValue, fc.jsonValue()).map((v) => JSON.stringify(v) ?? '')
const bodyBytes = fc.oneof(
  jsonBody.map((s) => new TextEncoder().encode(s)),
  fc.string({ unit: 'grapheme', maxLength: 300 }).map((s) => new TextEncoder().encode(s)),
  fc.uint8Array({ maxLength: 3000 }),
  jsonBody.chain((s) => fc.nat(s.length).map((n) => new TextEncoder().encode(s.slice(0, n)))),
)

// Statuses a real Response accepts with a body.
const realStatus = (status: number) => status >= 200 && status <= 599 && ![204, 205, 304].includes(status)

/** A real Response where the status allows one; a response-like wrapping one elsewhere (0–999). */
function responseOf(status: number, head: Record<string, string>, bytes: Uint8Array): Response {
  const real = new Response(bytes.byteLength ? (bytes as BlobPart) : null, { status: realStatus(status) ? status : 500, headers: head })
  if (realStatus(status)) return real
  return {
    status,
    headers: real.headers,
    get body() { return real.body },
    get bodyUsed() { return real.bodyUsed },
    clone: () => real.clone(),
  } as unknown as Response
}

describe('classifier properties', () => {
  it('toApiError gives a valid ApiError for any status 0–999, headers and body bytes, and never rejects', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 999 }), headers, bodyBytes, fc.option(fc.integer({ min: 0, max: 4096 })), async (status, head, bytes, max) => {
        const response = responseOf(status, head, bytes)
        const error = await toApiError(response, max === null ? {} : { maxBodyBytes: max })
        expectValid(error)
        expect(error.status).toBe(status)
        expect(response.bodyUsed).toBe(false)
        expect(classifyError(error)).toBe(error)
      }),
      { numRuns },
    )
  }, 30_000 + numRuns * 20)

  it('classifyError gives a valid ApiError for any value and never throws', () => {
    fc.assert(
      fc.property(fc.anything({ withBigInt: true, withMap: true, withSet: true, withDate: true, withTypedArray: true, withNullPrototype: true, withSparseArray: true }), (value) => {
        const error = classifyError(value)
        if (isApiError(value)) expect(error).toBe(value)
        else expectValid(error)
      }),
      { numRuns },
    )
  })

  it('classifyError gives a valid ApiError for any response-carrying record, as axios, ofetch or a plain object throw it', () => {
    const status = fc.oneof(fc.integer({ min: 0, max: 999 }), fc.double(), fc.constantFrom(-1, Number.NaN))
    const data = fc.oneof(dialectValue, jsonBody, fc.uint8Array({ maxLength: 200 }))
    const shape = fc.oneof(
      fc.record({ status, headers, body: data }, { requiredKeys: ['status'] }),
      fc.record({ statusCode: status, data }, { requiredKeys: ['statusCode'] }),
      fc.record({ name: fc.constantFrom('AxiosError', 'FetchError', 'HTTPError'), code: fc.string(), response: fc.record({ status, data, headers }) }),
    )
    fc.assert(
      fc.property(shape, (value) => {
        expectValid(classifyError(value))
      }),
      { numRuns },
    )
  })

  it('classifyError is idempotent: a second pass returns the first result itself', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.record({ status: fc.integer({ min: 0, max: 999 }), headers, body: dialectValue })), (value) => {
        const once = classifyError(value)
        expect(classifyError(once)).toBe(once)
        expect(classifyError(classifyError(once))).toBe(once)
      }),
      { numRuns },
    )
  })
})
