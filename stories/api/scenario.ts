import { HttpResponse } from 'msw'
import type { ApiProfile, ErrorCategory } from '../../src/core/index.js'
import { windowLeftMs } from './state.js'

/**
 * One documented failure of a seed API, as its server sends it. `category` is
 * what the contract says the classifier must make of it: the gallery shows it
 * and `test/seedApis.test.ts` checks it.
 */
export interface Scenario {
  status: number
  category: ErrorCategory
  /** What the vendor's document says about this failure. */
  summary: string
  /** A JSON body. */
  json?: unknown
  /** A plain-text body (Perspio's 5xx). */
  text?: string
  headers?: Record<string, string>
}

/**
 * A failure that changes over time (recovers after two attempts, clears after
 * its Retry-After, is cured by a token refresh). It answers a request, or
 * `undefined` to let the endpoint serve its data.
 */
export interface Behaviour {
  summary: string
  /** The category of the failures it sends before it recovers (if it does). */
  category: ErrorCategory
  respond: (request: Request, key: string) => Response | undefined
}

/** A seed API's failures, by the name a story control or `?fail=` uses. */
export interface SeedApi {
  /** Display name: the vendor or the kind of API. */
  name: string
  /** The seed document it emulates. */
  seed: string
  /** Path prefix every endpoint lives under (same origin as the page). */
  base: string
  /** An endpoint that answers `GET` with data, for galleries and tests. */
  sample: string
  scenarios: Readonly<Record<string, Scenario>>
  behaviours: Readonly<Record<string, Behaviour>>
  /** Its shipped profile (`react-api-errors/apis/*`), matching the emulation's path. */
  profile: ApiProfile
}

/** The response a scenario describes. */
export function scenarioResponse(scenario: Scenario, headers: Record<string, string> = {}): Response {
  const init = { status: scenario.status, headers: { ...headers, ...scenario.headers } }
  if (scenario.text !== undefined) return HttpResponse.text(scenario.text, init)
  if (scenario.json !== undefined) return HttpResponse.json(scenario.json as Record<string, unknown>, init)
  return new HttpResponse(null, init)
}

/**
 * The scenario a request asks for with `?fail=<name>` (or the
 * `X-Emulate-Fail` header, for requests whose URL a client builds itself).
 */
export function failOf(request: Request): string | undefined {
  return new URL(request.url).searchParams.get('fail') ?? request.headers.get('x-emulate-fail') ?? undefined
}

/**
 * Answers `?fail=<name>` from an API's catalogue: a scenario, a behaviour, the
 * shared `network` failure, or a 500 naming an unknown scenario (so a typo in
 * a story is seen, not silently served as success).
 */
export function emulateFailure(api: SeedApi, request: Request, headers: Record<string, string> = {}): Response | undefined {
  const fail = failOf(request)
  if (fail === undefined || fail === '' || fail === 'none') return undefined
  if (fail === 'network') return HttpResponse.error()
  const scenario = api.scenarios[fail]
  if (scenario) return scenarioResponse(scenario, headers)
  const behaviour = api.behaviours[fail]
  if (behaviour) return behaviour.respond(request, `${api.base}:${fail}:${new URL(request.url).pathname}`)
  return HttpResponse.text(`Emulator: ${api.name} has no scenario "${fail}"`, { status: 500 })
}

/**
 * The `?retry_after=` seconds a request asks for, else the fallback. Lets a
 * story shorten a rate limit's wait.
 */
export function retryAfterOf(request: Request, fallback: number): number {
  const text = new URL(request.url).searchParams.get('retry_after')
  const value = text === null || text === '' ? Number.NaN : Number(text)
  return Number.isFinite(value) && value >= 0 && value <= 3600 ? value : fallback
}

/**
 * A 429 that clears once its Retry-After (`?retry_after=` seconds, default 3)
 * has passed, answered in each API's own words by `rateLimited(seconds)`.
 */
export function rateLimitedOnce(rateLimited: (seconds: number) => Response): Behaviour {
  return {
    summary: '429 until its Retry-After has passed (`?retry_after=` seconds, default 3), then the data.',
    category: 'rate_limited',
    respond: (request, key) => {
      const left = windowLeftMs(key, retryAfterOf(request, 3))
      return left > 0 ? rateLimited(Math.ceil(left / 1000)) : undefined
    },
  }
}
