// The five APIs the library is built for (`/work/shared/seeds/`): every status
// and every documented code of each, with the documented bodies where the seed
// gives one. Where a seed names a status without a body, the body follows the
// format the same page documents.
import { describe, expect, it } from 'vitest'
import { ERROR_CATEGORIES, toApiError, type ApiError, type ErrorCategory } from '../src/core/index.js'

const json = 'application/json'
const problem = 'application/problem+json'
const text = 'text/plain; charset=utf-8'

interface Case {
  status: number
  body: string
  type: string
  headers?: Record<string, string>
  expect: {
    category: ErrorCategory
    retryable: boolean
    message: string
    code?: string
    title?: string
    instance?: string
    fieldErrors?: Record<string, string[]>
    retryAfterMs?: number
    requestId?: string
  }
}

const respond = (c: Case): Response =>
  new Response(c.body, { status: c.status, headers: { 'content-type': c.type, ...c.headers } })

async function check(c: Case): Promise<ApiError> {
  const response = respond(c)
  const error = await toApiError(response)
  expect(error.name).toBe('ApiError')
  expect(ERROR_CATEGORIES).toContain(error.category)
  expect(error.category).toBe(c.expect.category)
  expect(error.status).toBe(c.status)
  expect(error.retryable).toBe(c.expect.retryable)
  expect(error.message).toBe(c.expect.message)
  expect(error.code).toBe(c.expect.code)
  expect(error.title).toBe(c.expect.title)
  expect(error.instance).toBe(c.expect.instance)
  expect(error.fieldErrors).toEqual(c.expect.fieldErrors ?? {})
  expect(error.retryAfterMs).toBe(c.expect.retryAfterMs)
  expect(error.requestId).toBe(c.expect.requestId)
  // The caller's response is still readable, byte for byte.
  expect(response.bodyUsed).toBe(false)
  expect(await response.text()).toBe(c.body)
  return error
}

const persiumError = (message: string) => JSON.stringify({ error: message })

describe('Persium (000): { "error": "text" }', () => {
  const cases: [string, Case][] = [
    ['400 Go strconv error for a non-numeric page', {
      status: 400, type: json, body: persiumError('strconv.Atoi: parsing "two": invalid syntax'),
      expect: { category: 'validation', retryable: false, message: 'strconv.Atoi: parsing "two": invalid syntax' },
    }],
    ['400 Go time parse error for a bad start_time', {
      status: 400, type: json,
      body: persiumError('parsing time "2026-05-01" as "2006-01-02T15:04:05Z07:00": cannot parse "" as "T"'),
      expect: { category: 'validation', retryable: false, message: 'parsing time "2026-05-01" as "2006-01-02T15:04:05Z07:00": cannot parse "" as "T"' },
    }],
    ['400 missing path UUID', {
      status: 400, type: json, body: persiumError('uuid is required'),
      expect: { category: 'validation', retryable: false, message: 'uuid is required' },
    }],
    ['401 token missing or expired (the refresh path retries, not the classifier)', {
      status: 401, type: json, body: persiumError('token expired'),
      expect: { category: 'unauthenticated', retryable: false, message: 'token expired' },
    }],
    ['403 client disabled: never retried', {
      status: 403, type: json, body: persiumError('client disabled'),
      expect: { category: 'forbidden', retryable: false, message: 'client disabled' },
    }],
    ['404 as documented', {
      status: 404, type: json, body: '{ "error": "station not found" }',
      expect: { category: 'not_found', retryable: false, message: 'station not found' },
    }],
    ['500 Persium-side issue: retried with backoff', {
      status: 500, type: json, body: persiumError('internal server error'),
      expect: { category: 'server', retryable: true, message: 'internal server error' },
    }],
  ]
  it.each(cases)('classifies %s', async (_name, c) => {
    await check(c)
  })
})

describe('Perspio (001): JSON for 4xx, plain strings for 5xx', () => {
  const fourxx: [number, ErrorCategory, string][] = [
    [400, 'validation', 'Bad Request - possibly malformed data'],
    [401, 'unauthenticated', 'The API key is missing or invalid'],
    [403, 'forbidden', 'The client is not allowed to access the resource'],
    [404, 'not_found', 'The API endpoint is invalid or a path parameter is missing or invalid'],
    [405, 'method_not_allowed', 'The API endpoint does not accept that HTTP method'],
  ]
  it.each(fourxx)('classifies %i with a JSON message body', async (status, category, message) => {
    await check({ status, type: json, body: JSON.stringify({ message }), expect: { category, retryable: false, message } })
  })

  it('classifies 429 as rate limited and retryable', async () => {
    await check({
      status: 429, type: json, body: JSON.stringify({ message: 'Rate limit is exceeded. Try again in 7 seconds.' }),
      headers: { 'retry-after': '7' },
      expect: { category: 'rate_limited', retryable: true, message: 'Rate limit is exceeded. Try again in 7 seconds.', retryAfterMs: 7000 },
    })
  })

  it('classifies a 4xx whose body is empty from the status alone', async () => {
    await check({ status: 405, type: json, body: '', expect: { category: 'method_not_allowed', retryable: false, message: '' } })
  })

  // "The body of these responses will be strings and not JSON encoded."
  const fivexx: [number, ErrorCategory, boolean][] = [
    [500, 'server', true],
    [502, 'server', true],
    [503, 'unavailable', true],
    [504, 'timeout', true],
    [501, 'server', false],
    [599, 'server', false],
  ]
  it.each(fivexx)('classifies a plain-string %i body', async (status, category, retryable) => {
    const message = `Perspio could not complete the request (${status})`
    await check({ status, type: text, body: message, expect: { category, retryable, message } })
  })

  it('reads a plain-string 5xx body even when it is labelled as JSON', async () => {
    await check({ status: 500, type: json, body: 'Internal Server Error', expect: { category: 'server', retryable: true, message: 'Internal Server Error' } })
  })

  it.each([200, 201, 301, 304])('calls a %i response, which is no failure, unknown', async (status) => {
    const error = await toApiError(new Response(status === 304 ? null : '{}', { status, headers: { 'content-type': json } }))
    expect(error.category).toBe('unknown')
    expect(error.retryable).toBe(false)
  })
})

describe('ev.energy (002): RFC 9457 problem details', () => {
  it('reads the documented 404 (the type omitted) once its trailing comma is fixed', async () => {
    await check({
      status: 404, type: problem,
      body: JSON.stringify({ title: 'Not found', status: 404, detail: 'Resource does not exist or cannot be accessed.' }),
      expect: { category: 'not_found', retryable: false, title: 'Not found', message: 'Resource does not exist or cannot be accessed.' },
    })
  })

  it('survives the documented 404 as printed, trailing comma and all (not valid JSON)', async () => {
    const body = '{\n  "title": "Not found",\n  "status": 404,\n  "detail": "Resource does not exist or cannot be accessed.",\n}'
    const error = await check({ status: 404, type: problem, body, expect: { category: 'not_found', retryable: false, message: '' } })
    expect(error.body).toBe(body)
  })

  it('reads the documented 400 pagination problem, whose type is the code', async () => {
    await check({
      status: 400, type: problem,
      body: JSON.stringify({
        title: 'Invalid pagination parameter', status: 400,
        detail: 'Invalid value for pagination parameter: page_size',
        type: 'https://api.ev.energy/v2/problems/pagination-paramaters/',
      }),
      expect: {
        category: 'validation', retryable: false, title: 'Invalid pagination parameter',
        message: 'Invalid value for pagination parameter: page_size',
        code: 'https://api.ev.energy/v2/problems/pagination-paramaters/',
      },
    })
  })

  it('reads the documented field_errors', async () => {
    await check({
      status: 400, type: problem,
      body: JSON.stringify({
        title: 'Request failed validation.', detail: 'Error on fields: user, trim', status: 400,
        type: 'http://testserver/v2/problems/validation-failed-create-vehicle/',
        field_errors: { user: ['This field is required.'], trim: ['Invalid hyperlink - Object does not exist.'] },
      }),
      expect: {
        category: 'validation', retryable: false, title: 'Request failed validation.', message: 'Error on fields: user, trim',
        code: 'http://testserver/v2/problems/validation-failed-create-vehicle/',
        fieldErrors: { user: ['This field is required.'], trim: ['Invalid hyperlink - Object does not exist.'] },
      },
    })
  })

  const others: [number, ErrorCategory, boolean, string][] = [
    [401, 'unauthenticated', false, 'Authentication credentials were not provided.'],
    [403, 'forbidden', false, 'You do not have permission to perform this action.'],
    [405, 'method_not_allowed', false, 'Method "DELETE" not allowed.'],
    [429, 'rate_limited', true, 'Request was throttled. Expected available in 12 seconds.'],
  ]
  it.each(others)('reads a %i problem with the instance of the resource it concerns', async (status, category, retryable, detail) => {
    const instance = 'https://api.ev.energy/v2/vehicles/42/'
    await check({
      status, type: problem,
      body: JSON.stringify({ title: 'Request failed', status, detail, instance }),
      headers: status === 429 ? { 'retry-after': '12' } : {},
      expect: { category, retryable, title: 'Request failed', message: detail, instance, ...(status === 429 ? { retryAfterMs: 12_000 } : {}) },
    })
  })

  it('falls back to the title when a problem has no detail', async () => {
    await check({
      status: 403, type: problem, body: JSON.stringify({ title: 'Forbidden', status: 403 }),
      expect: { category: 'forbidden', retryable: false, title: 'Forbidden', message: 'Forbidden' },
    })
  })
})

describe('Enterprise jobs/assets API (003): { success: false, error: code, message }', () => {
  // Every code the page documents (it lists 13, under 8 statuses).
  const codes: [number, string, ErrorCategory, boolean, string][] = [
    [400, 'validation_failed', 'validation', false, 'One or more required fields are missing or invalid'],
    [400, 'missing_required_field', 'validation', false, 'A required field was not included: asset_id'],
    [400, 'invalid_status_transition', 'validation', false, 'Cannot move a job from completed to scheduled'],
    [400, 'meter_not_found', 'validation', false, 'The specified meter does not exist for this asset'],
    [401, 'unauthorized', 'unauthenticated', false, 'API key is missing, invalid, or revoked'],
    [403, 'forbidden', 'forbidden', false, "The key's scopes do not include the required permission"],
    [403, 'ip_not_allowed', 'forbidden', false, "Request came from an IP not in the key's whitelist"],
    [403, 'scope_not_authorized', 'forbidden', false, 'The API key lacks the required scope for this operation'],
    [404, 'not_found', 'not_found', false, 'The resource ID does not exist or is not accessible'],
    [405, 'method_not_allowed', 'method_not_allowed', false, 'DELETE is not allowed on a read-only endpoint'],
    [409, 'duplicate_customer', 'conflict', false, 'A customer with this email already exists'],
    [500, 'server_error', 'server', true, 'An internal error occurred'],
  ]
  it.each(codes)('classifies %i %s', async (status, code, category, retryable, message) => {
    await check({
      status, type: json, body: JSON.stringify({ success: false, error: code, message }),
      headers: { 'x-request-id': `req_${code}` },
      expect: { category, retryable, code, message, requestId: `req_${code}` },
    })
  })

  const limited = JSON.stringify({ success: false, error: 'rate_limit_exceeded', message: 'Too many requests in the current time window', retry_after: 30 })
  const limitedExpect = { category: 'rate_limited' as const, retryable: true, code: 'rate_limit_exceeded', message: 'Too many requests in the current time window' }

  it('reads 429 rate_limit_exceeded with both retry_after and Retry-After', async () => {
    await check({ status: 429, type: json, body: limited, headers: { 'retry-after': '30' }, expect: { ...limitedExpect, retryAfterMs: 30_000 } })
  })

  it('lets the Retry-After header win over the body field when they differ', async () => {
    await check({ status: 429, type: json, body: limited, headers: { 'retry-after': '45' }, expect: { ...limitedExpect, retryAfterMs: 45_000 } })
  })

  it('uses the body retry_after when a cross-origin response hides Retry-After', async () => {
    await check({ status: 429, type: json, body: limited, expect: { ...limitedExpect, retryAfterMs: 30_000 } })
  })
})

describe('Time-series API (004): { "error": "text" }', () => {
  const statuses: [number, ErrorCategory, boolean, string][] = [
    [400, 'validation', false, "Invalid 'to' timestamp: Invalid timestamp or format: 2025-05-25T09:41:00, valid formats are ISO8601 or YYYY-MM-DD"],
    [401, 'unauthenticated', false, 'Bearer token is invalid or expired'],
    [403, 'forbidden', false, 'Not permitted to access this content'],
    [404, 'not_found', false, 'No such domain: {domain}/{expression}'],
    [406, 'not_acceptable', false, 'Cannot produce a response matching the Accept header'],
    [415, 'unsupported_media_type', false, 'Content-Type must be application/json'],
    [429, 'rate_limited', true, 'Too many requests, retry later'],
    [500, 'server', true, 'Internal server error'],
    [503, 'unavailable', true, 'Service temporarily unavailable'],
  ]
  it.each(statuses)('classifies %i', async (status, category, retryable, message) => {
    await check({ status, type: json, body: JSON.stringify({ error: message }), expect: { category, retryable, message } })
  })

  it('reads the documented example body byte for byte', async () => {
    const body = '{\n"error": "Invalid \'to\' timestamp: Invalid timestamp or format: 2025-05-25T09:41:00, valid formats are ISO8601 or YYYY-MM-DD"\n}'
    await check({
      status: 400, type: json, body,
      expect: { category: 'validation', retryable: false, message: "Invalid 'to' timestamp: Invalid timestamp or format: 2025-05-25T09:41:00, valid formats are ISO8601 or YYYY-MM-DD" },
    })
  })

  it('reads a 503 wait from Retry-After and a 429 wait from RateLimit-Reset', async () => {
    const unavailable = await toApiError(new Response('{"error":"down"}', { status: 503, headers: { 'retry-after': '120' } }))
    expect(unavailable.retryAfterMs).toBe(120_000)
    const limited = await toApiError(new Response('{"error":"slow down"}', { status: 429, headers: { 'ratelimit-reset': '9' } }))
    expect(limited.retryAfterMs).toBe(9_000)
  })
})
