import { http, HttpResponse } from 'msw'
import { timeSeries as timeSeriesProfile } from '../../src/apis/timeSeries.js'
import { emulateFailure, type Behaviour, type Scenario, type SeedApi } from './scenario.js'
import { nextAttempt } from './state.js'

// Seed 004: a time-series API. Errors are `{ "error": "text" }` that the user
// can act on; timestamps must be ISO 8601 (with a zone) or YYYY-MM-DD; 406
// follows the Accept header, 415 the Content-Type; 429 and 503 are in use.

const base = '/api/timeseries/v1'
const accepted = ['application/json', 'text/csv', '*/*', 'application/*', 'text/*']

const domains: Record<string, readonly string[]> = {
  'plant-a': ['temperature', 'pressure', 'energy.kwh'],
  'plant-b': ['temperature'],
}

const error = (status: number, text: string) => HttpResponse.json({ error: text }, { status })

const badTimestamp = (name: string, value: string) =>
  `Invalid '${name}' timestamp: Invalid timestamp or format: ${value}, valid formats are ISO8601 or YYYY-MM-DD`

const scenarios: Record<string, Scenario> = {
  bad_timestamp: {
    status: 400, category: 'validation', summary: "The 'to' parameter is not ISO 8601 (no zone) nor YYYY-MM-DD.",
    json: { error: badTimestamp('to', '2025-05-25T09:41:00') },
  },
  missing_field: { status: 400, category: 'validation', summary: 'A required field is missing.', json: { error: "Missing required field 'points'" } },
  unauthorized: {
    status: 401, category: 'unauthenticated', summary: 'The Authorization header is missing, or the Bearer token is invalid or expired.',
    json: { error: 'Bearer token is invalid or expired' },
  },
  forbidden: {
    status: 403, category: 'forbidden', summary: 'Authorised, but not allowed to read this content.',
    json: { error: "You do not have access to domain 'plant-b'" },
  },
  not_found: {
    status: 404, category: 'not_found', summary: 'The endpoint or the {domain}/{expression} query is incorrect.',
    json: { error: "Unknown expression 'humidity' in domain 'plant-a'" },
  },
  not_acceptable: {
    status: 406, category: 'not_acceptable', summary: 'No representation matches the Accept header.',
    json: { error: 'Cannot produce application/xml; acceptable types are application/json, text/csv' },
  },
  unsupported_media_type: {
    status: 415, category: 'unsupported_media_type', summary: 'The endpoint expects a Content-Type it was not given.',
    json: { error: "Unsupported Content-Type 'text/plain'; expected application/json" },
  },
  rate_limited: {
    status: 429, category: 'rate_limited', summary: 'Too many requests; the document gives no Retry-After, so clients back off.',
    json: { error: 'Too many requests, please retry later' },
  },
  server: { status: 500, category: 'server', summary: 'Internal error: retry, or contact support.', json: { error: 'Internal server error' } },
  unavailable: {
    status: 503, category: 'unavailable', summary: 'Temporarily unavailable: retry after a short delay.',
    json: { error: 'Service temporarily unavailable' },
  },
}

const behaviours: Record<string, Behaviour> = {
  unavailable_twice: {
    summary: 'Two 503s, then the data: a retrying client recovers on its third attempt.',
    category: 'unavailable',
    respond: (_request, key) => (nextAttempt(key) <= 2 ? error(503, 'Service temporarily unavailable') : undefined),
  },
}

/** Seed 004: the time-series API. */
export const timeSeries: SeedApi = {
  name: 'Time series', seed: '004', base, sample: `${base}/plant-a/temperature?from=2026-05-01&to=2026-05-02`, scenarios, behaviours,
  profile: { ...timeSeriesProfile, match: `${base}/` },
}

function timestampError(url: URL): string | undefined {
  for (const name of ['from', 'to']) {
    const value = url.searchParams.get(name)
    if (value === null) continue
    const dateOnly = /^\d{4}-\d\d-\d\d$/.test(value)
    const dateTime = /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:?\d\d)$/.test(value)
    if ((!dateOnly && !dateTime) || Number.isNaN(Date.parse(value))) return badTimestamp(name, value)
  }
  return undefined
}

function acceptError(request: Request): Response | undefined {
  const accept = request.headers.get('accept')
  if (accept === null) return undefined
  const types = accept.split(',').map((part) => part.split(';')[0]!.trim().toLowerCase())
  if (types.some((type) => accepted.includes(type))) return undefined
  return error(406, `Cannot produce ${accept}; acceptable types are application/json, text/csv`)
}

function series(url: URL) {
  const from = Date.parse(url.searchParams.get('from') ?? '2026-05-01')
  return Array.from({ length: 8 }, (_, i) => ({ t: new Date(from + i * 3 * 3_600_000).toISOString(), v: Math.round((20 + 3 * Math.sin(i / 2)) * 10) / 10 }))
}

/** MSW handlers for {@link timeSeries}. */
export const timeSeriesHandlers = [
  http.get(`*${base}/:domain/:expression`, ({ request, params }) => {
    const failure = emulateFailure(timeSeries, request) ?? acceptError(request)
    if (failure) return failure
    const url = new URL(request.url)
    const invalid = timestampError(url)
    if (invalid) return error(400, invalid)
    const domain = String(params.domain)
    const expression = String(params.expression)
    if (!domains[domain]) return error(404, `Unknown domain '${domain}'`)
    if (!domains[domain].includes(expression)) return error(404, `Unknown expression '${expression}' in domain '${domain}'`)
    const points = series(url)
    if (request.headers.get('accept')?.startsWith('text/csv')) {
      return HttpResponse.text(['t,v', ...points.map((p) => `${p.t},${p.v}`)].join('\n'), { headers: { 'Content-Type': 'text/csv' } })
    }
    return HttpResponse.json({ domain, expression, points })
  }),
  http.post(`*${base}/:domain/points`, async ({ request, params }) => {
    const failure = emulateFailure(timeSeries, request)
    if (failure) return failure
    const type = request.headers.get('content-type') ?? ''
    if (!type.toLowerCase().startsWith('application/json')) {
      return error(415, `Unsupported Content-Type '${type || 'none'}'; expected application/json`)
    }
    const domain = String(params.domain)
    if (!domains[domain]) return error(404, `Unknown domain '${domain}'`)
    const body = (await request.json().catch(() => null)) as { points?: unknown } | null
    if (!Array.isArray(body?.points)) return error(400, "Missing required field 'points'")
    return HttpResponse.json({ written: body.points.length }, { status: 201 })
  }),
  http.all(`*${base}/*`, ({ request }) => emulateFailure(timeSeries, request) ?? error(404, 'Not found')),
]
