// `npm run bench`: a retry storm in virtual time, against the core (bench/core.mjs).
// 1,000 clients ask at once during a 10 s outage that answers 503 with
// Retry-After: 10. Each client follows TanStack Query's retryer: after the
// n-th failure (n from 0) it asks `retry(n, error)` and waits
// `retryDelay(n, error)`. Responses take no time, so "time to success" is
// measured from the first request. Goals for the library's policy: every
// client succeeds, at most 150 retries in any 100 ms, p99 within
// Retry-After + 1 s.
// Then: per category, how long after the first response a query settles
// in an error the UI can show, with TanStack's defaults and with ours.
import { classifyError, createRetryPolicy, ERROR_CATEGORIES } from './core.mjs'

const clients = 1000
const outageMs = 10_000
const retryAfterSeconds = 10

/** A deterministic [0, 1) generator, so every run prints the same figures. */
function seeded(seed) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const tanstackDefault = {
  shouldRetry: (failureCount) => failureCount < 3,
  retryDelay: (failureCount) => Math.min(1000 * 2 ** failureCount, 30_000),
}
const exactRetryAfter = {
  shouldRetry: (failureCount, error) => failureCount < 3 && classifyError(error).retryable,
  retryDelay: (failureCount, error) => classifyError(error).retryAfterMs ?? 1000 * 2 ** failureCount,
}
const policies = [
  ['react-api-errors default', createRetryPolicy({ random: seeded(1) })],
  ['TanStack Query default', tanstackDefault],
  ['exact Retry-After', exactRetryAfter],
]

/** The server: down until `outageMs`, answering 503 + Retry-After as the record a client library would throw. */
const answer = (time) => (time < outageMs ? { status: 503, headers: { 'retry-after': String(retryAfterSeconds) } } : undefined)

function storm({ shouldRetry, retryDelay }) {
  // Every pending request, as [time, client, failures so far]; a binary heap keyed on time.
  const heap = []
  const push = (item) => {
    heap.push(item)
    for (let i = heap.length - 1; i > 0; ) {
      const parent = (i - 1) >> 1
      if (heap[parent][0] <= heap[i][0]) break
      ;[heap[parent], heap[i]] = [heap[i], heap[parent]]
      i = parent
    }
  }
  const pop = () => {
    const top = heap[0]
    const last = heap.pop()
    if (heap.length > 0) {
      heap[0] = last
      for (let i = 0; ; ) {
        const left = 2 * i + 1
        const right = left + 1
        let least = i
        if (left < heap.length && heap[left][0] < heap[least][0]) least = left
        if (right < heap.length && heap[right][0] < heap[least][0]) least = right
        if (least === i) break
        ;[heap[least], heap[i]] = [heap[i], heap[least]]
        i = least
      }
    }
    return top
  }

  for (let client = 0; client < clients; client++) push([0, client, 0])
  let requests = 0
  const retriesPerSlot = new Map()
  const successTimes = []
  while (heap.length > 0) {
    const [time, , failures] = pop()
    requests++
    if (failures > 0) {
      const slot = Math.floor(time / 100)
      retriesPerSlot.set(slot, (retriesPerSlot.get(slot) ?? 0) + 1)
    }
    const error = answer(time)
    if (!error) {
      successTimes.push(time)
      continue
    }
    if (shouldRetry(failures, error)) push([time + retryDelay(failures, error), 0, failures + 1])
  }
  successTimes.sort((a, b) => a - b)
  const at = (share) => successTimes[Math.min(successTimes.length - 1, Math.ceil(share * successTimes.length) - 1)]
  return {
    requests,
    peak: Math.max(0, ...retriesPerSlot.values()),
    succeeded: successTimes.length / clients,
    median: successTimes.length ? at(0.5) : undefined,
    p99: successTimes.length ? at(0.99) : undefined,
  }
}

const seconds = (ms) => (ms === undefined ? '—' : `${(ms / 1000).toFixed(2)} s`)
const pad = (text, width) => String(text).padEnd(width)

console.log(`\nRetry storm: ${clients} clients, ${outageMs / 1000} s outage, 503 + Retry-After: ${retryAfterSeconds}, all at t = 0`)
console.log(`${pad('policy', 26)}${pad('requests', 10)}${pad('peak/100ms', 12)}${pad('succeed', 9)}${pad('median', 9)}p99`)
let failed = false
for (const [name, policy] of policies) {
  const result = storm(policy)
  console.log(`${pad(name, 26)}${pad(result.requests, 10)}${pad(result.peak, 12)}${pad(`${(result.succeeded * 100).toFixed(1)}%`, 9)}${pad(seconds(result.median), 9)}${seconds(result.p99)}`)
  if (policy === policies[0][1]) {
    const goals = [
      [result.succeeded === 1, 'every client succeeds'],
      [result.peak <= 150, 'at most 150 retries per 100 ms'],
      [result.p99 !== undefined && result.p99 <= retryAfterSeconds * 1000 + 1000, 'p99 within Retry-After + 1 s'],
    ]
    for (const [met, goal] of goals) {
      if (met) continue
      failed = true
      console.log(`  GOAL MISSED: ${goal}`)
    }
  }
}

// What each category's failure looks like when thrown, as a client would see it.
const samples = {
  validation: { status: 422 },
  unauthenticated: { status: 401 },
  forbidden: { status: 403 },
  not_found: { status: 404 },
  method_not_allowed: { status: 405 },
  not_acceptable: { status: 406 },
  timeout: { status: 504 },
  conflict: { status: 409 },
  payload_too_large: { status: 413 },
  unsupported_media_type: { status: 415 },
  rate_limited: { status: 429, headers: { 'retry-after': '3' } },
  unavailable: { status: 503 },
  server: { status: 500 },
  client: { status: 418 },
  network: new TypeError('Failed to fetch'),
  aborted: new DOMException('The user aborted a request.', 'AbortError'),
  unknown: 'something odd',
}

/** Time from the first response until the query gives up, for a server that always fails the same way. */
function timeToError({ shouldRetry, retryDelay }, error) {
  let time = 0
  for (let failures = 0; shouldRetry(failures, error); failures++) time += retryDelay(failures, error)
  return time
}

const ours = createRetryPolicy({ random: seeded(2) })
console.log('\nTime from the first response to an error the UI shows (the query settles in error), always-failing server')
console.log(`${pad('category', 24)}${pad('TanStack default', 18)}${pad('ours (median)', 15)}ours (p99)`)
for (const category of ERROR_CATEGORIES) {
  const error = samples[category]
  if (classifyError(error).category !== category) throw new Error(`sample for ${category} classifies as ${classifyError(error).category}`)
  const runs = Array.from({ length: 1001 }, () => timeToError(ours, error)).sort((a, b) => a - b)
  const label = category === 'rate_limited' ? 'rate_limited (RA 3 s)' : category
  console.log(`${pad(label, 24)}${pad(seconds(timeToError(tanstackDefault, error)), 18)}${pad(seconds(runs[500]), 15)}${seconds(runs[990])}`)
}
console.log('(With useQueryError, a failure being retried shows at once with its countdown; these are the waits for the final error.)')

if (failed) process.exit(1)
