// fast-check arbitraries for what servers send and apps throw: the shapes the
// classifier reads, filled with hostile text, plus values built to break it.
import fc from 'fast-check'
import { ApiError, ERROR_CATEGORIES } from '../src/core/index.js'

/** Text a hostile or careless server sends. */
export const hostileText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(
    '',
    ' ',
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    'javascript:alert(1)',
    'data:text/html,<b>x</b>',
    '/relative/path',
    'https://docs.example.test/problems/out-of-stock',
    '__proto__',
    'constructor',
    'prototype',
    'toString',
    'hasOwnProperty',
    '\u0000\u001b[31m\u009b',
    '\u202eevil\u202c',
    'a'.repeat(2000),
    'about:blank',
    '{"error":',
    '-5',
    '1e400',
    'Wed, 21 Oct 2015 07:28:00 GMT',
  ),
)

/** Keys the dialects look for, and keys that trip naive code. */
const key = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(
    'type', 'title', 'status', 'detail', 'instance', 'error', 'errors', 'message', 'code', 'success', 'statusCode',
    'field_errors', 'invalid-params', 'error_description', 'pointer', 'loc', 'field', 'name', 'param', 'path', 'msg',
    'reason', 'source', 'details', 'fieldViolations', 'retry_after', 'retryAfter', 'request_id', 'traceId',
    '__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'length',
  ) },
  { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
)

const leaf = fc.oneof(hostileText, fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.bigInt(), fc.constant(undefined))

/** A body: shaped like the dialects the classifier reads, nested, with hostile leaves. */
export const body: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(key, tie('value'), { maxKeys: 6 }),
  ),
})).value

/** Header values a Response accepts: visible ASCII and spaces, no leading or trailing space. */
const headerValue = fc.oneof(
  fc.stringMatching(/^[\x21-\x7e]([\x20-\x7e]{0,30}[\x21-\x7e])?$/),
  fc.integer({ min: -10, max: 2_000_000_000 }).map(String),
  fc.double({ noNaN: true, min: -1e6, max: 1e12 }).map(String),
  fc.date({ noInvalidDate: true }).map((date) => date.toUTCString()),
  fc.constantFrom('60', '1.5', 'soon', 'limit=10, remaining=0, reset=30', 'limit=100; t=60', 'application/problem+json', 'text/html'),
)
const headerName = fc.constantFrom(
  'retry-after', 'ratelimit-reset', 'x-ratelimit-reset', 'ratelimit', 'x-request-id', 'x-correlation-id', 'traceparent',
  'content-type', 'content-length', 'x-other',
)

/** Headers a `Response` can carry. */
export const responseHeaders = fc.dictionary(headerName, headerValue, { maxKeys: 5 })

/** Headers as a plain record, as Node and axios give them: anything goes. */
export const headerRecord: fc.Arbitrary<unknown> = fc.oneof(
  fc.dictionary(fc.oneof(headerName, fc.string({ maxLength: 6 })), fc.oneof(headerValue, fc.array(headerValue, { maxLength: 3 }), leaf), { maxKeys: 5 }),
  leaf,
)

const boom = () => {
  throw new Error('hostile')
}

/**
 * A value built to break whoever reads it, made only inside the property:
 * fast-check itself would trip over a revoked proxy while generating.
 */
export class Hostile {
  constructor(
    readonly label: string,
    readonly make: () => unknown,
  ) {}
  toString() {
    return `Hostile(${this.label})`
  }
}

/** The value to test: a {@link Hostile} made now, anything else as it is. */
export const materialize = (value: unknown): unknown => (value instanceof Hostile ? value.make() : value)

const hostileObject = fc.constantFrom<() => unknown>(
  () => {
    const { proxy, revoke } = Proxy.revocable({}, {})
    revoke()
    return proxy
  },
  () => new Proxy({}, { get: boom, has: boom, ownKeys: boom, getPrototypeOf: boom, getOwnPropertyDescriptor: boom }),
  () => Object.defineProperties({}, { status: { get: boom, enumerable: true }, response: { get: boom, enumerable: true }, name: { get: boom } }),
  () => ({ toString: boom, valueOf: boom, [Symbol.toPrimitive]: boom }),
  () => {
    const loop: Record<string, unknown> = { name: 'Error' }
    loop.cause = loop
    loop.response = { status: 500, data: loop, headers: loop }
    return loop
  },
  () => Object.freeze({ status: 422, body: Object.freeze({ errors: Object.freeze([Object.freeze({ pointer: '/__proto__/x', detail: 'x' })]) }) }),
  () => JSON.parse('{"__proto__":{"status":500,"polluted":true},"name":"TypeError","message":"Failed to fetch"}') as unknown,
  () => ({ name: 'ApiError', category: 'server' }),
)

/** Anything an app might throw or a client might reject with. */
export const arbitraryThrown: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything({ withBoxedValues: true, withMap: true, withSet: true, withObjectString: true, withNullPrototype: true, withBigInt: true, withDate: true, withTypedArray: true, withSparseArray: true }),
  hostileText,
  body,
  hostileObject.map((make) => new Hostile(make.toString().slice(0, 40), make)),
  // fetch, DOMException and Node failures before any response.
  fc.tuple(fc.constantFrom('TypeError', 'AbortError', 'TimeoutError', 'CanceledError', 'Error', 'CancelledError'), hostileText).map(([name, message]) =>
    Object.assign(new Error(message), { name }),
  ),
  fc.constantFrom('ECONNREFUSED', 'ETIMEDOUT', 'ECONNABORTED', 'ERR_NETWORK', 'ERR_CANCELED', 'UND_ERR_SOCKET', 'EWHATEVER').map((code) =>
    Object.assign(new Error(code), { code }),
  ),
  // axios, ky/ofetch and plain records.
  fc.record({ response: fc.record({ status: fc.oneof(fc.integer({ min: 100, max: 599 }), leaf), data: body, headers: headerRecord }), config: body }, { requiredKeys: ['response'] }),
  fc.tuple(fc.integer({ min: 200, max: 599 }), responseHeaders, body).map(([status, headers, data]) => ({
    name: 'HTTPError',
    response: new Response(null, { status: status === 204 ? 500 : status, headers }),
    data,
  })),
  fc.record({ status: fc.oneof(fc.integer(), leaf), statusCode: leaf, headers: headerRecord, body, data: body }, { requiredKeys: [] }),
  // An ApiError already made, with anything in it.
  fc.record({ category: fc.constantFrom(...ERROR_CATEGORIES), status: fc.option(fc.integer({ min: 100, max: 599 }), { nil: undefined }), message: fc.string({ maxLength: 50 }) }).map(
    (init) => new ApiError(init),
  ),
)

const optional = <T,>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined })

/** An ApiError as an app or another copy of the library might make it: any category, any text. */
export const arbitraryApiError: fc.Arbitrary<ApiError> = fc
  .record({
    category: fc.constantFrom(...ERROR_CATEGORIES),
    status: optional(fc.oneof(fc.integer({ min: 100, max: 599 }), fc.integer())),
    code: optional(hostileText),
    title: optional(hostileText),
    message: optional(hostileText),
    fieldErrors: optional(fc.dictionary(fc.oneof(key, hostileText), fc.array(hostileText, { maxLength: 3 }), { maxKeys: 4 })),
    retryAfterMs: optional(fc.oneof(fc.nat({ max: 600_000 }), fc.constantFrom(0, 1, 59_999, Number.MAX_SAFE_INTEGER))),
    instance: optional(hostileText),
    requestId: optional(hostileText),
    body: optional(body),
  })
  .map((init) => new ApiError(init))
