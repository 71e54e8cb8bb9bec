/**
 * What the emulated servers remember between requests: attempts per
 * scenario, rate-limit windows, issued tokens. One copy per page (Storybook)
 * or per test file (msw/node); `resetSeedApis()` forgets it all, so every
 * story and test starts from the first attempt.
 */
const attempts = new Map<string, number>()
const windows = new Map<string, number>()
const tokens = new Set<string>()
const stores = new Map<string, Map<string, unknown>>()
let issued = 0
let requests = 0

/**
 * A named table of records the emulated API changes (created customers, job
 * statuses). Empty again after a reset: seed records come from the API file.
 */
export function store<T>(name: string): Map<string, T> {
  let table = stores.get(name)
  if (!table) {
    table = new Map<string, unknown>()
    stores.set(name, table)
  }
  return table as Map<string, T>
}

/** Counts a request under `key`; the first call returns 1. */
export function nextAttempt(key: string): number {
  const attempt = (attempts.get(key) ?? 0) + 1
  attempts.set(key, attempt)
  return attempt
}

/**
 * Opens a rate-limit window of `seconds` under `key` on the first call and
 * returns the milliseconds left in it: 0 once it has passed.
 */
export function windowLeftMs(key: string, seconds: number): number {
  const now = Date.now()
  const until = windows.get(key) ?? now + seconds * 1000
  windows.set(key, until)
  return Math.max(0, until - now)
}

/** Issues a new access token that the token-refresh scenarios accept. */
export function issueToken(prefix: string): string {
  issued += 1
  const token = `${prefix}-${issued}`
  tokens.add(token)
  return token
}

/** Whether `Authorization: Bearer <token>` carries a token issued since the last reset. */
export function hasIssuedToken(request: Request): boolean {
  const [scheme, token] = (request.headers.get('authorization') ?? '').split(' ')
  return scheme?.toLowerCase() === 'bearer' && token !== undefined && tokens.has(token)
}

/** A request id for response headers, deterministic after a reset. */
export function nextRequestId(prefix: string): string {
  requests += 1
  return `${prefix}-${String(requests).padStart(6, '0')}`
}

/**
 * Forgets every attempt, window and token, so scenarios start over.
 *
 * @example
 * ```ts
 * beforeEach(() => resetSeedApis())
 * ```
 */
export function resetSeedApis(): void {
  attempts.clear()
  windows.clear()
  tokens.clear()
  stores.clear()
  issued = 0
  requests = 0
}
