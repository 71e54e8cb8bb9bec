import type { ErrorCategory } from '../../src/index.js'
import { evEnergy, jobsApi, persium, perspio, timeSeries, type Scenario } from '../api/index.js'

/** A failed response as the plain `{ status, headers, body }` record the library classifies. */
export interface ResponseRecord {
  status: number
  headers?: Record<string, string>
  body?: unknown
}

/** A seed scenario as the record its response carries. */
export function recordOf(scenario: Scenario): ResponseRecord {
  return { status: scenario.status, ...(scenario.headers ? { headers: scenario.headers } : {}), body: scenario.json ?? scenario.text }
}

// One thrown value per category, taken from the seed APIs where they have one:
// the components receive it raw, as they would a query's `error`.
const samples: Record<ErrorCategory, () => unknown> = {
  validation: () => recordOf(evEnergy.scenarios.validation_failed!),
  unauthenticated: () => recordOf(jobsApi.scenarios.unauthorized!),
  forbidden: () => recordOf(jobsApi.scenarios.ip_not_allowed!),
  not_found: () => recordOf(persium.scenarios.not_found!),
  method_not_allowed: () => recordOf(perspio.scenarios.method_not_allowed!),
  not_acceptable: () => recordOf(timeSeries.scenarios.not_acceptable!),
  timeout: () => recordOf(perspio.scenarios.gateway_timeout!),
  conflict: () => recordOf(jobsApi.scenarios.duplicate_customer!),
  payload_too_large: () => ({ status: 413, body: { error: 'Upload larger than 10 MB' } }),
  unsupported_media_type: () => recordOf(timeSeries.scenarios.unsupported_media_type!),
  rate_limited: () => recordOf(jobsApi.scenarios.rate_limit_exceeded!),
  unavailable: () => recordOf(timeSeries.scenarios.unavailable!),
  server: () => recordOf(perspio.scenarios.server!),
  client: () => ({ status: 451, body: { message: 'This report is not available in your region.' } }),
  network: () => new TypeError('Failed to fetch'),
  aborted: () => new DOMException('The user aborted a request.', 'AbortError'),
  unknown: () => ({ status: 200, body: { ok: false } }),
}

/**
 * A fresh thrown value of the category. With `retryAfterSeconds`, a 429 or
 * 503 carries that `Retry-After`. Make it once per render input (`useMemo`):
 * a new value is a new failure, and restarts any countdown.
 */
export function sampleError(category: ErrorCategory, retryAfterSeconds?: number): unknown {
  const sample = samples[category]()
  if (retryAfterSeconds === undefined || typeof sample !== 'object' || sample === null || !('status' in sample)) return sample
  const record = sample as ResponseRecord
  return { ...record, headers: { ...record.headers, 'Retry-After': String(retryAfterSeconds) } }
}
