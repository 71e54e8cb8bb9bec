import { http, HttpResponse } from 'msw'
import { evEnergy as evEnergyProfile } from '../../src/apis/evEnergy.js'
import { emulateFailure, type Behaviour, type Scenario, type SeedApi } from './scenario.js'
import { nextAttempt, nextRequestId, store } from './state.js'

// Seed 002: ev.energy. Every error is RFC 9457 problem details; `type` is a
// stable id and a documentation link; `instance` names the resource; create
// and update requests answer 400 with `field_errors: { field: [msg] }`.

const base = '/api/ev-energy/v2'
const problems = 'https://api.ev.energy/v2/problems'
const problemJson = { 'Content-Type': 'application/problem+json' }

/** Trims the create-vehicle form can pick, as hyperlinks the API accepts. */
export const evTrims = [
  { url: '/v2/trims/101/', label: 'Nissan Leaf 40 kWh' },
  { url: '/v2/trims/102/', label: 'Tesla Model 3 Long Range' },
  { url: '/v2/trims/103/', label: 'Kia EV6 GT-Line' },
]

/** A VIN already registered: creating a vehicle with it answers 409. */
export const registeredVin = 'SJNFAAZE1U6012345'

const vehicles = [
  { id: 'veh_7Qm2', nickname: 'Family Leaf', trim: '/v2/trims/101/', vin: registeredVin, battery_level: 64 },
  { id: 'veh_9Xa4', nickname: 'Work Model 3', trim: '/v2/trims/102/', vin: '5YJ3E1EA7KF301234', battery_level: 88 },
]

const problem = (body: Record<string, unknown>, headers: Record<string, string> = {}) =>
  HttpResponse.json(body, { status: Number(body.status), headers: { ...problemJson, 'X-Request-Id': nextRequestId('ev'), ...headers } })

const scenarios: Record<string, Scenario> = {
  pagination: {
    status: 400, category: 'validation', summary: 'An ambiguous 400: `type` names the problem and links its documentation.', headers: problemJson,
    json: { title: 'Invalid pagination parameter', status: 400, detail: 'Invalid value for pagination parameter: page_size', type: `${problems}/pagination-paramaters/` },
  },
  validation_failed: {
    status: 400, category: 'validation', summary: 'Create vehicle failed validation: `field_errors` per field.', headers: problemJson,
    json: {
      title: 'Request failed validation.', detail: 'Error on fields: user, trim', status: 400,
      type: `${problems}/validation-failed-create-vehicle/`,
      field_errors: { user: ['This field is required.'], trim: ['Invalid hyperlink - Object does not exist.'] },
    },
  },
  unauthorized: {
    status: 401, category: 'unauthenticated', summary: 'The request must include a valid authorization token.', headers: problemJson,
    json: { title: 'Not authenticated', status: 401, detail: 'Authentication credentials were not provided.' },
  },
  forbidden: {
    status: 403, category: 'forbidden', summary: 'The token does not have permission to access the resource.', headers: problemJson,
    json: { title: 'Permission denied', status: 403, detail: 'You do not have permission to perform this action.', instance: '/v2/vehicles/veh_9Xa4/' },
  },
  not_found: {
    status: 404, category: 'not_found', summary: 'A plain 404: no `type`, the status says it all.', headers: problemJson,
    json: { title: 'Not found', status: 404, detail: 'Resource does not exist or cannot be accessed.', instance: '/v2/vehicles/veh_0000/' },
  },
  method_not_allowed: {
    status: 405, category: 'method_not_allowed', summary: 'The endpoint does not support that method.', headers: { ...problemJson, Allow: 'GET, POST' },
    json: { title: 'Method not allowed', status: 405, detail: 'Method "DELETE" not allowed.' },
  },
  rate_limited: {
    status: 429, category: 'rate_limited', summary: 'The request exceeded rate limits.', headers: { ...problemJson, 'Retry-After': '30' },
    json: { title: 'Too many requests', status: 429, detail: 'Request was throttled. Expected available in 30 seconds.', type: `${problems}/rate-limited/` },
  },
  conflict: {
    status: 409, category: 'conflict', summary: 'Beyond the document: the VIN is already registered (problem details with `instance`).', headers: problemJson,
    json: {
      title: 'Vehicle already registered', status: 409, type: `${problems}/vehicle-already-registered/`,
      detail: `A vehicle with VIN ${registeredVin} is already registered.`, instance: '/v2/vehicles/veh_7Qm2/',
    },
  },
}

const behaviours: Record<string, Behaviour> = {
  rate_limited_twice: {
    summary: 'Two 429s with `Retry-After: 1`, then the data.',
    category: 'rate_limited',
    respond: (_request, key) => (nextAttempt(key) <= 2
      ? problem({ title: 'Too many requests', status: 429, detail: 'Request was throttled. Expected available in 1 second.' }, { 'Retry-After': '1' })
      : undefined),
  },
}

/** Seed 002: the ev.energy API. */
export const evEnergy: SeedApi = {
  name: 'ev.energy', seed: '002', base, sample: `${base}/vehicles`, scenarios, behaviours,
  profile: { ...evEnergyProfile, match: `${base}/` },
}

/** The create-vehicle request body. */
export interface NewVehicle {
  user?: string
  trim?: string
  vin?: string
  nickname?: string
}

// The server's own validation, worded like the document's example.
function fieldErrors(vehicle: NewVehicle): Record<string, string[]> {
  const errors: Record<string, string[]> = {}
  const add = (field: string, message: string) => (errors[field] ??= []).push(message)
  if (!vehicle.user) add('user', 'This field is required.')
  if (!vehicle.trim) add('trim', 'This field is required.')
  else if (!evTrims.some((t) => t.url === vehicle.trim)) add('trim', 'Invalid hyperlink - Object does not exist.')
  if (!vehicle.vin) add('vin', 'This field is required.')
  else if (!/^[A-HJ-NPR-Z0-9]{17}$/.test(vehicle.vin)) add('vin', 'Ensure this field has 17 characters: letters (not I, O or Q) and digits.')
  if (vehicle.nickname && vehicle.nickname.length > 30) add('nickname', 'Ensure this field has no more than 30 characters.')
  return errors
}

function createVehicle(vehicle: NewVehicle): Response {
  const errors = fieldErrors(vehicle)
  const fields = Object.keys(errors)
  if (fields.length > 0) {
    return problem({
      title: 'Request failed validation.', detail: `Error on fields: ${fields.join(', ')}`, status: 400,
      type: `${problems}/validation-failed-create-vehicle/`, field_errors: errors,
    })
  }
  const created = store<string>('ev.vins')
  const existing = vehicles.find((v) => v.vin === vehicle.vin)?.id ?? created.get(vehicle.vin!)
  if (existing) {
    return problem({
      title: 'Vehicle already registered', status: 409, type: `${problems}/vehicle-already-registered/`,
      detail: `A vehicle with VIN ${vehicle.vin} is already registered.`, instance: `/v2/vehicles/${existing}/`,
    })
  }
  const id = `veh_n${created.size + 1}`
  created.set(vehicle.vin!, id)
  return HttpResponse.json({ id, ...vehicle }, { status: 201, headers: { Location: `/v2/vehicles/${id}/` } })
}

/** MSW handlers for {@link evEnergy}. */
export const evEnergyHandlers = [
  http.get(`*${base}/vehicles`, ({ request }) => {
    const failure = emulateFailure(evEnergy, request, problemJson)
    if (failure) return failure
    const pageSize = new URL(request.url).searchParams.get('page_size')
    if (pageSize !== null && !/^[1-9]\d*$/.test(pageSize)) {
      return problem({ title: 'Invalid pagination parameter', status: 400, detail: 'Invalid value for pagination parameter: page_size', type: `${problems}/pagination-paramaters/` })
    }
    return HttpResponse.json({ results: vehicles.slice(0, Number(pageSize ?? 50)), count: vehicles.length })
  }),
  http.post(`*${base}/vehicles`, async ({ request }) => {
    const failure = emulateFailure(evEnergy, request, problemJson)
    if (failure) return failure
    const body: unknown = await request.json().catch(() => undefined)
    if (typeof body !== 'object' || body === null) {
      return problem({ title: 'Malformed request', status: 400, detail: 'JSON parse error.', type: `${problems}/parse-error/` })
    }
    return createVehicle(body)
  }),
  http.get(`*${base}/vehicles/:id`, ({ request, params }) => {
    const failure = emulateFailure(evEnergy, request, problemJson)
    if (failure) return failure
    const vehicle = vehicles.find((v) => v.id === params.id)
    return vehicle
      ? HttpResponse.json(vehicle)
      : problem({ title: 'Not found', status: 404, detail: 'Resource does not exist or cannot be accessed.', instance: `/v2/vehicles/${String(params.id)}/` })
  }),
  ...[`*${base}/vehicles`, `*${base}/vehicles/:id`].map((path) =>
    http.all(path, ({ request }) =>
      emulateFailure(evEnergy, request, problemJson) ??
      problem({ title: 'Method not allowed', status: 405, detail: `Method "${request.method}" not allowed.` }, { Allow: 'GET, POST' }))),
  http.all(`*${base}/*`, ({ request }) =>
    emulateFailure(evEnergy, request, problemJson) ??
    problem({ title: 'Not found', status: 404, detail: 'Resource does not exist or cannot be accessed.' })),
]
