import { http, HttpResponse } from 'msw'
import { jobs as jobsProfile } from '../../src/apis/jobs.js'
import { emulateFailure, rateLimitedOnce, type Behaviour, type Scenario, type SeedApi } from './scenario.js'
import { nextRequestId, store } from './state.js'

// Seed 003: an enterprise jobs/assets/customers API. Every error is the
// envelope `{ success: false, error: "snake_case_code", message }`; the
// message may be shown to users; 429 carries `retry_after` and `Retry-After`.

const base = '/api/jobs/v1'

const envelope = (status: number, code: string, message: string, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
  HttpResponse.json({ success: false, error: code, message, ...extra }, { status, headers: { 'X-Request-Id': nextRequestId('job'), ...headers } })

const rateLimited = (seconds: number) =>
  envelope(429, 'rate_limit_exceeded', `Too many requests. Try again in ${seconds} seconds.`, { retry_after: seconds }, { 'Retry-After': String(seconds) })

const row = (status: number, category: Scenario['category'], code: string, message: string, summary: string, extra: Record<string, unknown> = {}, headers?: Record<string, string>): Scenario =>
  ({ status, category, summary, json: { success: false, error: code, message, ...extra }, ...(headers ? { headers } : {}) })

// The document's 14 codes, one scenario each, named by the code.
const scenarios: Record<string, Scenario> = {
  validation_failed: row(400, 'validation', 'validation_failed', 'scheduled_at must be an ISO 8601 date-time.', 'One or more fields are missing or invalid.'),
  missing_required_field: row(400, 'validation', 'missing_required_field', 'Missing required field: email.', 'A required field was not included.'),
  invalid_status_transition: row(400, 'validation', 'invalid_status_transition', "Cannot change a job from 'completed' to 'scheduled'.", 'The requested status change is not allowed.'),
  meter_not_found: row(400, 'validation', 'meter_not_found', "Meter 'hours' is not configured for asset AS-204.", 'The meter does not exist for this asset.'),
  unauthorized: row(401, 'unauthenticated', 'unauthorized', 'API key is missing, invalid, or revoked.', 'Verify the X-API-Key header.'),
  forbidden: row(403, 'forbidden', 'forbidden', "This API key's scopes do not include jobs:write.", "The key's scopes lack the permission."),
  ip_not_allowed: row(403, 'forbidden', 'ip_not_allowed', 'Requests from 203.0.113.7 are not allowed for this key.', 'The IP is not in the key\'s whitelist.'),
  scope_not_authorized: row(403, 'forbidden', 'scope_not_authorized', 'This operation needs the customers:write scope.', 'The key lacks the scope for this operation.'),
  not_found: row(404, 'not_found', 'not_found', 'Job 9999 does not exist or is not accessible.', 'The ID does not exist or is not yours.'),
  method_not_allowed: row(405, 'method_not_allowed', 'method_not_allowed', 'DELETE is not supported on /assets.', 'Wrong HTTP method for the endpoint.'),
  duplicate_customer: row(409, 'conflict', 'duplicate_customer', 'A customer with email ops@northwind.example already exists.', 'Use the existing record or update it.'),
  rate_limit_exceeded: row(429, 'rate_limited', 'rate_limit_exceeded', 'Too many requests. Try again in 30 seconds.', 'Wait for the Retry-After duration.', { retry_after: 30 }, { 'Retry-After': '30' }),
  rate_limit_body_only: row(429, 'rate_limited', 'rate_limit_exceeded', 'Too many requests. Try again in 20 seconds.', 'As a cross-origin caller sees it: the header hidden, only `retry_after` in the body.', { retry_after: 20 }),
  server_error: row(500, 'server', 'server_error', 'An internal error occurred.', 'Retry after 5–10 s; if it persists, contact support.'),
}

const behaviours: Record<string, Behaviour> = {
  rate_limited_once: rateLimitedOnce(rateLimited),
}

/** Seed 003: the jobs/assets/customers API. */
export const jobsApi: SeedApi = {
  name: 'Jobs, assets and customers', seed: '003', base, sample: `${base}/jobs`, scenarios, behaviours,
  profile: { ...jobsProfile, match: `${base}/` },
}

type JobStatus = 'scheduled' | 'in_progress' | 'on_hold' | 'completed' | 'cancelled'

/** Which status a job may move to from each status. */
export const jobTransitions: Readonly<Record<JobStatus, readonly JobStatus[]>> = {
  scheduled: ['in_progress', 'cancelled'],
  in_progress: ['on_hold', 'completed'],
  on_hold: ['in_progress', 'cancelled'],
  completed: [],
  cancelled: [],
}

const jobs = [
  { id: 'JB-1041', title: 'Replace chiller filter', asset_id: 'AS-201', status: 'scheduled' as JobStatus },
  { id: 'JB-1042', title: 'Annual boiler service', asset_id: 'AS-202', status: 'in_progress' as JobStatus },
  { id: 'JB-1043', title: 'Fix loading bay door', asset_id: 'AS-204', status: 'completed' as JobStatus },
]
const assets = [
  { id: 'AS-201', name: 'Chiller 1', meters: ['hours', 'kwh'] },
  { id: 'AS-202', name: 'Boiler 2', meters: ['hours'] },
  { id: 'AS-204', name: 'Loading bay door', meters: ['cycles'] },
]
const customers = [
  { id: 'CU-301', name: 'Northwind Facilities', email: 'ops@northwind.example' },
  { id: 'CU-302', name: 'Contoso Estates', email: 'maintenance@contoso.example' },
]

const statusOf = (job: (typeof jobs)[number]) => store<JobStatus>('jobs.status').get(job.id) ?? job.status
const isStatus = (value: unknown): value is JobStatus => typeof value === 'string' && value in jobTransitions
const readJson = async (request: Request) => ((await request.json().catch(() => null)) ?? {}) as Record<string, unknown>

// Every endpoint answers the emulated failure first, then a revoked key.
function guard(request: Request): Response | undefined {
  return emulateFailure(jobsApi, request, { 'X-Request-Id': nextRequestId('job') }) ??
    (request.headers.get('x-api-key') === 'revoked' ? envelope(401, 'unauthorized', 'API key is missing, invalid, or revoked.') : undefined)
}

function createCustomer(body: Record<string, unknown>): Response {
  for (const field of ['name', 'email']) {
    if (typeof body[field] !== 'string' || body[field] === '') return envelope(400, 'missing_required_field', `Missing required field: ${field}.`)
  }
  const email = String(body.email).trim().toLowerCase()
  if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) return envelope(400, 'validation_failed', 'email must be a valid email address.')
  const created = store<string>('jobs.customers')
  if (customers.some((c) => c.email === email) || created.has(email)) {
    return envelope(409, 'duplicate_customer', `A customer with email ${email} already exists.`)
  }
  const id = `CU-${400 + created.size}`
  created.set(email, id)
  return HttpResponse.json({ success: true, data: { id, name: body.name, email } }, { status: 201 })
}

/** MSW handlers for {@link jobsApi}. */
export const jobsApiHandlers = [
  http.get(`*${base}/jobs`, ({ request }) =>
    guard(request) ?? HttpResponse.json({ success: true, data: jobs.map((job) => ({ ...job, status: statusOf(job) })) })),
  http.get(`*${base}/jobs/:id`, ({ request, params }) => {
    const job = jobs.find((j) => j.id === params.id)
    return guard(request) ?? (job
      ? HttpResponse.json({ success: true, data: { ...job, status: statusOf(job) } })
      : envelope(404, 'not_found', `Job ${String(params.id)} does not exist or is not accessible.`))
  }),
  http.patch(`*${base}/jobs/:id`, async ({ request, params }) => {
    const failure = guard(request)
    if (failure) return failure
    const job = jobs.find((j) => j.id === params.id)
    if (!job) return envelope(404, 'not_found', `Job ${String(params.id)} does not exist or is not accessible.`)
    const { status } = await readJson(request)
    if (status === undefined) return envelope(400, 'missing_required_field', 'Missing required field: status.')
    if (!isStatus(status)) return envelope(400, 'validation_failed', `status must be one of ${Object.keys(jobTransitions).join(', ')}.`)
    const from = statusOf(job)
    if (!jobTransitions[from].includes(status)) {
      return envelope(400, 'invalid_status_transition', `Cannot change a job from '${from}' to '${status}'.`)
    }
    store<JobStatus>('jobs.status').set(job.id, status)
    return HttpResponse.json({ success: true, data: { ...job, status } })
  }),
  http.get(`*${base}/assets`, ({ request }) => guard(request) ?? HttpResponse.json({ success: true, data: assets })),
  http.get(`*${base}/assets/:id`, ({ request, params }) => {
    const asset = assets.find((a) => a.id === params.id)
    return guard(request) ?? (asset
      ? HttpResponse.json({ success: true, data: asset })
      : envelope(404, 'not_found', `Asset ${String(params.id)} does not exist or is not accessible.`))
  }),
  http.post(`*${base}/assets/:id/meters/:meter/readings`, async ({ request, params }) => {
    const failure = guard(request)
    if (failure) return failure
    const asset = assets.find((a) => a.id === params.id)
    if (!asset) return envelope(404, 'not_found', `Asset ${String(params.id)} does not exist or is not accessible.`)
    const meter = String(params.meter)
    if (!asset.meters.includes(meter)) return envelope(400, 'meter_not_found', `Meter '${meter}' is not configured for asset ${asset.id}.`)
    const { value } = await readJson(request)
    if (typeof value !== 'number') return envelope(400, 'validation_failed', 'value must be a number.')
    return HttpResponse.json({ success: true, data: { asset_id: asset.id, meter, value } }, { status: 201 })
  }),
  // Assets are read-only: any other method is the document's 405 example.
  ...[`*${base}/assets`, `*${base}/assets/:id`].map((path) =>
    http.all(path, ({ request }) =>
      guard(request) ?? envelope(405, 'method_not_allowed', `${request.method} is not supported on /assets.`, {}, { Allow: 'GET' }))),
  http.get(`*${base}/customers`, ({ request }) => guard(request) ?? HttpResponse.json({ success: true, data: customers })),
  http.post(`*${base}/customers`, async ({ request }) => guard(request) ?? createCustomer(await readJson(request))),
  http.all(`*${base}/*`, ({ request }) => guard(request) ?? envelope(404, 'not_found', 'The resource does not exist or is not accessible.')),
]
