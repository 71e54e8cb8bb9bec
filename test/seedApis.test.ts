// @vitest-environment node
import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { classifyError, toApiError } from '../src/core/index.js'
import { evEnergy, failureNames, jobsApi, persium, perspio, registeredVin, resetSeedApis, seedApis, seedHandlers, timeSeries } from '../stories/api/index.js'
import type { Scenario, SeedApi } from '../stories/api/index.js'

const server = setupServer(...seedHandlers)
const origin = 'http://localhost'

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => {
  server.resetHandlers()
  resetSeedApis()
  vi.useRealTimers()
})
afterAll(() => server.close())

/** Real fetch against the emulated API, on an absolute URL (Node has no page origin). */
function call(path: string, init?: RequestInit): Promise<Response> {
  return fetch(new URL(path, origin), init)
}

function failing(path: string, name: string): string {
  const url = new URL(path, origin)
  url.searchParams.set('fail', name)
  return url.pathname + url.search
}

// The contract's retryable statuses: 408, 429, 500, 502, 503, 504.
const retryableStatuses = [408, 429, 500, 502, 503, 504]

// What each API's dialect must give, read from the body the scenario sends.
function expectDialect(api: SeedApi, scenario: Scenario, error: Awaited<ReturnType<typeof toApiError>>) {
  const json = (scenario.json ?? {}) as Record<string, unknown>
  if (api === persium || api === timeSeries) {
    expect(error.message).toBe(json.error)
    expect(error.code).toBeUndefined()
  } else if (api === perspio) {
    // Plain-text 5xx bodies are the message; an HTML error page never is.
    expect(error.message).toBe(scenario.text?.startsWith('<') ? '' : (scenario.text ?? json.message))
  } else if (api === evEnergy) {
    expect(error.message).toBe(json.detail)
    expect(error.title).toBe(json.title)
    expect(error.code).toBe(json.type)
    expect(error.instance).toBe(json.instance)
    expect(error.fieldErrors).toEqual(json.field_errors ?? {})
  } else if (api === jobsApi) {
    expect(error.code).toBe(json.error)
    expect(error.message).toBe(json.message)
    expect(error.requestId).toMatch(/^job-\d{6}$/)
  }
  const header = scenario.headers?.['Retry-After']
  const bodySeconds = typeof json.retry_after === 'number' ? json.retry_after : undefined
  const seconds = header === undefined ? bodySeconds : Number(header)
  expect(error.retryAfterMs).toBe(seconds === undefined ? undefined : seconds * 1000)
}

describe('seed APIs', () => {
  for (const api of seedApis) {
    describe(`${api.name} (seed ${api.seed})`, () => {
      it('serves data on its sample endpoint', async () => {
        const response = await call(api.sample)
        expect(response.status).toBe(200)
        expect(await response.json()).toBeTruthy()
      })

      for (const [name, scenario] of Object.entries(api.scenarios)) {
        it(`classifies ?fail=${name} as ${scenario.category}`, async () => {
          const response = await call(failing(api.sample, name))
          expect(response.status).toBe(scenario.status)
          const error = await toApiError(response)
          expect(error.category).toBe(scenario.category)
          expect(error.status).toBe(scenario.status)
          expect(error.retryable).toBe(retryableStatuses.includes(scenario.status))
          expectDialect(api, scenario, error)
        })
      }

      for (const [name, behaviour] of Object.entries(api.behaviours)) {
        it(`starts ?fail=${name} with a ${behaviour.category} failure`, async () => {
          const response = await call(failing(api.sample, name))
          expect(response.ok).toBe(false)
          expect((await toApiError(response)).category).toBe(behaviour.category)
        })
      }

      it('drops the connection on ?fail=network', async () => {
        const thrown: unknown = await call(failing(api.sample, 'network')).catch((error: unknown) => error)
        expect(thrown).toBeInstanceOf(TypeError)
        expect(classifyError(thrown).category).toBe('network')
        expect(failureNames(api)).toContain('network')
      })

      it('names an unknown scenario in a 500 instead of serving data', async () => {
        const response = await call(failing(api.sample, 'no_such_scenario'))
        expect(response.status).toBe(500)
        expect(await response.text()).toContain('no_such_scenario')
      })
    })
  }
})

describe('Persium emulation', () => {
  const stations = '/api/persium/v1/stations'

  it('answers a non-numeric page with Go\'s strconv error', async () => {
    const error = await toApiError(await call(`${stations}?page=two`))
    expect(error.category).toBe('validation')
    expect(error.message).toBe('strconv.Atoi: parsing "two": invalid syntax')
  })

  it('answers a timestamp without a zone with Go\'s time parse error', async () => {
    const { uuid } = ((await (await call(stations)).json()) as { stations: { uuid: string }[] }).stations[0]!
    const error = await toApiError(await call(`${stations}/${uuid}/readings?start_time=2026-05-01`))
    expect(error.message).toMatch(/^parsing time "2026-05-01" as "2006-01-02T15:04:05Z07:00"/)
  })

  it('hides an unknown station behind a 404', async () => {
    const error = await toApiError(await call(`${stations}/00000000-0000-4000-8000-000000000000`))
    expect(error.category).toBe('not_found')
    expect(error.message).toBe('station not found')
  })

  it('cures token_expired with a refreshed token, retried once', async () => {
    const path = failing(stations, 'token_expired')
    expect((await call(path, { headers: { Authorization: 'Bearer stale' } })).status).toBe(401)
    const { access_token: token } = (await (await call('/api/persium/oauth/token', { method: 'POST' })).json()) as { access_token: string }
    expect((await call(path, { headers: { Authorization: `Bearer ${token}` } })).status).toBe(200)
  })

  it('keeps not_registered at 401 after a refresh', async () => {
    const path = failing(stations, 'not_registered')
    const { access_token: token } = (await (await call('/api/persium/oauth/token', { method: 'POST' })).json()) as { access_token: string }
    const error = await toApiError(await call(path, { headers: { Authorization: `Bearer ${token}` } }))
    expect(error.category).toBe('unauthenticated')
    expect(error.message).toBe('client not registered')
  })

  it('recovers from server_twice on the third attempt, and again only after a reset', async () => {
    const path = failing(stations, 'server_twice')
    const statuses = [(await call(path)).status, (await call(path)).status, (await call(path)).status]
    expect(statuses).toEqual([500, 500, 200])
    resetSeedApis()
    expect((await call(path)).status).toBe(500)
  })
})

describe('Perspio emulation', () => {
  it('answers DELETE on assets with a 405 and Allow', async () => {
    const response = await call('/api/perspio/v1/assets/ast-1001', { method: 'DELETE' })
    expect(response.headers.get('allow')).toBe('GET, POST')
    expect((await toApiError(response)).category).toBe('method_not_allowed')
  })

  it('sends 5xx bodies as plain strings that become the message', async () => {
    const response = await call(failing('/api/perspio/v1/assets', 'unavailable_twice'))
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/)
    expect((await toApiError(response)).message).toBe('Service Unavailable')
  })

  it('clears rate_limited_once once its Retry-After has passed', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    const path = `${failing('/api/perspio/v1/assets', 'rate_limited_once')}&retry_after=2`
    const first = await toApiError(await call(path))
    expect(first.retryAfterMs).toBe(2000)
    vi.advanceTimersByTime(1200)
    expect((await toApiError(await call(path))).retryAfterMs).toBe(1000)
    vi.advanceTimersByTime(800)
    expect((await call(path)).status).toBe(200)
  })
})

describe('ev.energy emulation', () => {
  const vehicles = '/api/ev-energy/v2/vehicles'
  const post = (body: unknown) => call(vehicles, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) })

  it('answers an empty create-vehicle form with field_errors for every required field', async () => {
    const error = await toApiError(await post({}))
    expect(error.category).toBe('validation')
    expect(error.code).toBe('https://api.ev.energy/v2/problems/validation-failed-create-vehicle/')
    expect(Object.keys(error.fieldErrors).sort()).toEqual(['trim', 'user', 'vin'])
    expect(error.requestId).toMatch(/^ev-\d{6}$/)
  })

  it('rejects a trim that is not a known hyperlink', async () => {
    const error = await toApiError(await post({ user: 'u-1', trim: '/v2/trims/999/', vin: '5YJ3E1EA7KF309999' }))
    expect(error.fieldErrors).toEqual({ trim: ['Invalid hyperlink - Object does not exist.'] })
  })

  it('answers a registered VIN with a 409 naming the existing vehicle', async () => {
    const error = await toApiError(await post({ user: 'u-1', trim: '/v2/trims/101/', vin: registeredVin }))
    expect(error.category).toBe('conflict')
    expect(error.instance).toBe('/v2/vehicles/veh_7Qm2/')
  })

  it('creates a new VIN once, then answers it with a 409', async () => {
    const vehicle = { user: 'u-1', trim: '/v2/trims/103/', vin: 'KNDC3DLC5N5012345' }
    expect((await post(vehicle)).status).toBe(201)
    expect((await toApiError(await post(vehicle))).category).toBe('conflict')
  })

  it('answers a bad page_size with the pagination problem type', async () => {
    const error = await toApiError(await call(`${vehicles}?page_size=lots`))
    expect(error.code).toBe('https://api.ev.energy/v2/problems/pagination-paramaters/')
  })
})

describe('jobs API emulation', () => {
  const base = '/api/jobs/v1'
  const send = (method: string, path: string, body: unknown) =>
    call(`${base}${path}`, { method, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) })

  it('allows scheduled → in_progress and refuses completed → scheduled', async () => {
    expect((await send('PATCH', '/jobs/JB-1041', { status: 'in_progress' })).status).toBe(200)
    const again = await toApiError(await send('PATCH', '/jobs/JB-1041', { status: 'scheduled' }))
    expect(again.code).toBe('invalid_status_transition')
    expect(again.message).toBe("Cannot change a job from 'in_progress' to 'scheduled'.")
  })

  it('answers a duplicate customer email with 409 duplicate_customer', async () => {
    const error = await toApiError(await send('POST', '/customers', { name: 'Northwind', email: 'OPS@northwind.example' }))
    expect(error.category).toBe('conflict')
    expect(error.code).toBe('duplicate_customer')
  })

  it('answers a missing field and a bad email with their codes', async () => {
    expect((await toApiError(await send('POST', '/customers', { name: 'Fabrikam' }))).code).toBe('missing_required_field')
    expect((await toApiError(await send('POST', '/customers', { name: 'Fabrikam', email: 'nope' }))).code).toBe('validation_failed')
  })

  it('answers a reading for an unconfigured meter with meter_not_found', async () => {
    const error = await toApiError(await send('POST', '/assets/AS-204/meters/hours/readings', { value: 3 }))
    expect(error.code).toBe('meter_not_found')
    expect(error.category).toBe('validation')
  })

  it('answers DELETE on an asset with method_not_allowed, and a revoked key with unauthorized', async () => {
    expect((await toApiError(await call(`${base}/assets/AS-201`, { method: 'DELETE' }))).code).toBe('method_not_allowed')
    expect((await toApiError(await call(`${base}/jobs`, { headers: { 'X-API-Key': 'revoked' } }))).code).toBe('unauthorized')
  })

  it('clears rate_limited_once after its Retry-After, counting down in header and body', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    const path = `${failing(`${base}/jobs`, 'rate_limited_once')}&retry_after=3`
    const response = await call(path)
    expect(response.headers.get('retry-after')).toBe('3')
    expect(((await response.clone().json()) as { retry_after: number }).retry_after).toBe(3)
    expect((await toApiError(response)).retryAfterMs).toBe(3000)
    vi.advanceTimersByTime(3000)
    expect((await call(path)).status).toBe(200)
  })
})

describe('time-series emulation', () => {
  const query = '/api/timeseries/v1/plant-a/temperature'

  it('rejects a timestamp without a zone with the documented message', async () => {
    const error = await toApiError(await call(`${query}?from=2025-05-24&to=2025-05-25T09:41:00`))
    expect(error.message).toBe("Invalid 'to' timestamp: Invalid timestamp or format: 2025-05-25T09:41:00, valid formats are ISO8601 or YYYY-MM-DD")
  })

  it('answers an Accept it cannot produce with 406, and serves CSV when asked', async () => {
    expect((await toApiError(await call(query, { headers: { Accept: 'application/xml' } }))).category).toBe('not_acceptable')
    expect(await (await call(query, { headers: { Accept: 'text/csv' } })).text()).toMatch(/^t,v\n/)
  })

  it('answers a write without a JSON Content-Type with 415', async () => {
    const response = await call('/api/timeseries/v1/plant-a/points', { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: 'x' })
    expect((await toApiError(response)).category).toBe('unsupported_media_type')
  })

  it('answers an unknown expression with a 404 naming it', async () => {
    const error = await toApiError(await call('/api/timeseries/v1/plant-a/humidity'))
    expect(error.category).toBe('not_found')
    expect(error.message).toContain("'humidity'")
  })

  it('recovers from unavailable_twice on the third attempt', async () => {
    const path = failing(query, 'unavailable_twice')
    const first = await toApiError(await call(path))
    expect(first.category).toBe('unavailable')
    expect(first.retryable).toBe(true)
    expect((await call(path)).status).toBe(503)
    expect((await call(path)).status).toBe(200)
  })
})
