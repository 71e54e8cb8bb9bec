import { http, HttpResponse } from 'msw'
import { perspio as perspioProfile } from '../../src/apis/perspio.js'
import { emulateFailure, rateLimitedOnce, type Behaviour, type Scenario, type SeedApi } from './scenario.js'
import { nextAttempt } from './state.js'

// Seed 001: Perspio's platform API. 4xx bodies are JSON with a message that
// clients must not key logic on; 5xx bodies are plain strings, not JSON. 405
// and 429 are in use. The gateway's `{ statusCode, message }` shape is assumed.

const base = '/api/perspio/v1'

const assets = [
  { id: 'ast-1001', name: 'Chiller 1', site: 'Leeds DC', status: 'online' },
  { id: 'ast-1002', name: 'Boiler room sensor', site: 'Leeds DC', status: 'offline' },
  { id: 'ast-1003', name: 'Loading bay door', site: 'York', status: 'online' },
]

const clientError = (status: number, message: string, headers: Record<string, string> = {}) =>
  HttpResponse.json({ statusCode: status, message }, { status, headers })

const rateLimited = (seconds: number) =>
  clientError(429, `Rate limit is exceeded. Try again in ${seconds} seconds.`, { 'Retry-After': String(seconds) })

const scenarios: Record<string, Scenario> = {
  bad_request: {
    status: 400, category: 'validation', summary: 'General client error, possibly malformed data.',
    json: { statusCode: 400, message: "Invalid value for 'from': expected an ISO 8601 date." },
  },
  unauthenticated: {
    status: 401, category: 'unauthenticated', summary: 'The API key is missing or invalid.',
    json: { statusCode: 401, message: 'Access denied due to missing subscription key.' },
  },
  forbidden: {
    status: 403, category: 'forbidden', summary: 'The client is not allowed to access the resource.',
    json: { statusCode: 403, message: 'The client is not allowed to access this tenant.' },
  },
  not_found: {
    status: 404, category: 'not_found', summary: 'The endpoint is invalid, or a path parameter is missing or invalid.',
    json: { statusCode: 404, message: 'Resource not found' },
  },
  method_not_allowed: {
    status: 405, category: 'method_not_allowed', summary: 'The endpoint does not accept that HTTP method.',
    json: { statusCode: 405, message: 'Method not allowed' }, headers: { Allow: 'GET, POST' },
  },
  rate_limited: {
    status: 429, category: 'rate_limited', summary: 'A rate limit was reached, or the server is overloaded.',
    json: { statusCode: 429, message: 'Rate limit is exceeded. Try again in 7 seconds.' }, headers: { 'Retry-After': '7' },
  },
  server: { status: 500, category: 'server', summary: '5XX: a plain-string body, not JSON. Retry with backoff.', text: 'Internal server error' },
  bad_gateway: { status: 502, category: 'server', summary: '5XX from the gateway, plain text.', text: 'Bad Gateway' },
  gateway_html: {
    status: 502, category: 'server', summary: 'A proxy in front answers with its own HTML error page: markup is never shown as a message.',
    text: '<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>', headers: { 'Content-Type': 'text/html' },
  },
  unavailable: { status: 503, category: 'unavailable', summary: 'Momentary unavailability, plain text.', text: 'Service Unavailable' },
  gateway_timeout: { status: 504, category: 'timeout', summary: 'The backend did not answer in time, plain text.', text: 'Gateway Timeout' },
}

const behaviours: Record<string, Behaviour> = {
  rate_limited_once: rateLimitedOnce(rateLimited),
  unavailable_twice: {
    summary: 'Two plain-text 503s, then the data.',
    category: 'unavailable',
    respond: (_request, key) => (nextAttempt(key) <= 2 ? HttpResponse.text('Service Unavailable', { status: 503 }) : undefined),
  },
}

/** Seed 001: the Perspio platform API. */
export const perspio: SeedApi = {
  name: 'Perspio', seed: '001', base, sample: `${base}/assets`, scenarios, behaviours,
  profile: { ...perspioProfile, match: `${base}/` },
}

function telemetry(id: string) {
  return Array.from({ length: 6 }, (_, i) => ({ asset: id, at: `2026-05-01T0${i}:00:00Z`, temperature: 18 + (i % 3) }))
}

/** MSW handlers for {@link perspio}. */
export const perspioHandlers = [
  http.get(`*${base}/assets`, ({ request }) =>
    emulateFailure(perspio, request) ?? HttpResponse.json({ items: assets, count: assets.length })),
  http.post(`*${base}/assets`, async ({ request }) => {
    const failure = emulateFailure(perspio, request)
    if (failure) return failure
    const body = (await request.json().catch(() => null)) as { name?: unknown } | null
    if (typeof body?.name !== 'string' || body.name === '') return clientError(400, 'The name field is required.')
    return HttpResponse.json({ id: 'ast-2001', name: body.name, status: 'offline' }, { status: 201 })
  }),
  http.get(`*${base}/assets/:id`, ({ request, params }) => {
    const failure = emulateFailure(perspio, request)
    if (failure) return failure
    const asset = assets.find((a) => a.id === params.id)
    return asset ? HttpResponse.json(asset) : clientError(404, 'Resource not found')
  }),
  http.get(`*${base}/assets/:id/telemetry`, ({ request, params }) => {
    const failure = emulateFailure(perspio, request)
    if (failure) return failure
    const id = String(params.id)
    return assets.some((a) => a.id === id) ? HttpResponse.json({ items: telemetry(id) }) : clientError(404, 'Resource not found')
  }),
  // Assets are read-only apart from creation: any other method is a 405.
  ...[`*${base}/assets`, `*${base}/assets/:id`].map((path) =>
    http.all(path, ({ request }) => emulateFailure(perspio, request) ?? clientError(405, 'Method not allowed', { Allow: 'GET, POST' }))),
  http.all(`*${base}/*`, ({ request }) => emulateFailure(perspio, request) ?? clientError(404, 'Resource not found')),
]
