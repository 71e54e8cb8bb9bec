import { http, HttpResponse } from 'msw'
import { persium as persiumProfile } from '../../src/apis/persium.js'
import { emulateFailure, type Behaviour, type Scenario, type SeedApi } from './scenario.js'
import { hasIssuedToken, issueToken, nextAttempt } from './state.js'

// Seed 000: Persium's air-quality stations. Every error is `{ "error": "text" }`;
// 400s carry Go's parse errors verbatim; 401 is cured by re-fetching the token
// once; 403 means the client is disabled; 404 hides whether a station exists.

const base = '/api/persium/v1'
const goLayout = '2006-01-02T15:04:05Z07:00'

const stations = [
  { uuid: '0f8b6c52-3d7e-4f1a-9c2b-5e6d7a8b9c01', name: 'Camden Road', pm25: 11.4, no2: 32.1, updated_at: '2026-05-01T09:00:00Z' },
  { uuid: '1a2b3c4d-5e6f-4a1b-8c2d-3e4f5a6b7c02', name: 'Marylebone Kerbside', pm25: 17.9, no2: 48.6, updated_at: '2026-05-01T09:00:00Z' },
  { uuid: '2b3c4d5e-6f7a-4b2c-9d3e-4f5a6b7c8d03', name: 'Hyde Park Rooftop', pm25: 6.2, no2: 14.8, updated_at: '2026-05-01T09:00:00Z' },
]

const error = (status: number, text: string) => HttpResponse.json({ error: text }, { status })

const scenarios: Record<string, Scenario> = {
  bad_page: {
    status: 400, category: 'validation', summary: 'Non-numeric page/per_page: Go\'s strconv error, shown as it is.',
    json: { error: 'strconv.Atoi: parsing "two": invalid syntax' },
  },
  bad_time: {
    status: 400, category: 'validation', summary: 'start_time/end_time without a zone: Go\'s time parse error.',
    json: { error: `parsing time "2026-05-01" as "${goLayout}": cannot parse "" as "T"` },
  },
  uuid_required: { status: 400, category: 'validation', summary: 'Missing path UUID.', json: { error: 'uuid is required' } },
  unauthorized: { status: 401, category: 'unauthenticated', summary: 'Token missing or invalid.', json: { error: 'invalid token' } },
  client_disabled: {
    status: 403, category: 'forbidden', summary: 'The client is registered but disabled: never retry, contact Persium.',
    json: { error: 'client disabled' },
  },
  not_found: {
    status: 404, category: 'not_found', summary: 'No such station, or it belongs to another organisation (deliberately the same).',
    json: { error: 'station not found' },
  },
  server: { status: 500, category: 'server', summary: 'Persium-side issue: retry with backoff.', json: { error: 'internal server error' } },
}

const behaviours: Record<string, Behaviour> = {
  token_expired: {
    summary: 'The token expired: 401 until the client re-fetches a token and retries with it.',
    category: 'unauthenticated',
    respond: (request) => (hasIssuedToken(request) ? undefined : error(401, 'token expired')),
  },
  not_registered: {
    summary: 'The client is not registered: 401 even with a fresh token, so the refresh does not cure it.',
    category: 'unauthenticated',
    respond: () => error(401, 'client not registered'),
  },
  server_twice: {
    summary: 'Two 500s, then the data: the documented 1 s, 2 s backoff recovers.',
    category: 'server',
    respond: (_request, key) => (nextAttempt(key) <= 2 ? error(500, 'internal server error') : undefined),
  },
}

/** Seed 000: Persium air-quality stations. */
export const persium: SeedApi = {
  name: 'Persium', seed: '000', base, sample: `${base}/stations`, scenarios, behaviours,
  profile: { ...persiumProfile, match: `${base}/` },
}

// Go's strconv and time errors, as the real server words them.
function pagingError(url: URL): string | undefined {
  for (const name of ['page', 'per_page']) {
    const value = url.searchParams.get(name)
    if (value !== null && !/^\d+$/.test(value)) return `strconv.Atoi: parsing ${JSON.stringify(value)}: invalid syntax`
  }
  return undefined
}

function timeError(url: URL): string | undefined {
  for (const name of ['start_time', 'end_time']) {
    const value = url.searchParams.get(name)
    if (value === null || /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/.test(value)) continue
    const tail = /^\d{4}-\d\d-\d\d$/.test(value) ? 'cannot parse "" as "T"' : `cannot parse ${JSON.stringify(value)} as "2006"`
    return `parsing time ${JSON.stringify(value)} as "${goLayout}": ${tail}`
  }
  return undefined
}

function readings(uuid: string, url: URL) {
  const start = Date.parse(url.searchParams.get('start_time') ?? '2026-05-01T00:00:00Z')
  return Array.from({ length: 6 }, (_, hour) => ({
    station: uuid,
    time: new Date(start + hour * 3_600_000).toISOString(),
    pm25: Math.round((8 + 4 * Math.sin(hour)) * 10) / 10,
  }))
}

/** MSW handlers for {@link persium}. */
export const persiumHandlers = [
  http.post('*/api/persium/oauth/token', () =>
    HttpResponse.json({ access_token: issueToken('persium'), token_type: 'Bearer', expires_in: 3600 })),
  http.get(`*${base}/stations`, ({ request }) => {
    const failure = emulateFailure(persium, request)
    if (failure) return failure
    const url = new URL(request.url)
    const paging = pagingError(url)
    if (paging) return error(400, paging)
    const page = Number(url.searchParams.get('page') ?? 1)
    const perPage = Number(url.searchParams.get('per_page') ?? 20)
    return HttpResponse.json({ stations: stations.slice((page - 1) * perPage, page * perPage), page, per_page: perPage, total: stations.length })
  }),
  http.get(`*${base}/stations/:uuid`, ({ request, params }) => {
    const failure = emulateFailure(persium, request)
    if (failure) return failure
    const station = stations.find((s) => s.uuid === params.uuid)
    return station ? HttpResponse.json(station) : error(404, 'station not found')
  }),
  http.get(`*${base}/stations/:uuid/readings`, ({ request, params }) => {
    const failure = emulateFailure(persium, request)
    if (failure) return failure
    const url = new URL(request.url)
    const invalid = timeError(url) ?? pagingError(url)
    if (invalid) return error(400, invalid)
    const uuid = String(params.uuid)
    if (!stations.some((s) => s.uuid === uuid)) return error(404, 'station not found')
    return HttpResponse.json({ readings: readings(uuid, url) })
  }),
  http.all(`*${base}/*`, ({ request }) => emulateFailure(persium, request) ?? error(404, 'not found')),
]
