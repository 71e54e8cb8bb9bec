// The error responses the client suites send, and a real server on
// 127.0.0.1 that answers with them: each case at /case/<index>, a success at
// /ok, and /slow, which never answers (for timeouts and cancels).
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { ApiError, ClassifyOptions } from '../src/core/index.js'

export interface Case {
  name: string
  status: number
  headers?: Record<string, string>
  body?: string
  /** What the contract says this response is, so that a classifier broken for every client still fails. */
  expected: Partial<ApiError>
}

const json = { 'content-type': 'application/json' }
const problem = { 'content-type': 'application/problem+json' }
export const now = Date.UTC(2026, 10, 22, 12, 0, 0)
export const options: ClassifyOptions = { now: () => now }

export const cases: Case[] = [
  {
    name: 'problem details with field_errors',
    status: 422,
    headers: problem,
    body: JSON.stringify({
      type: 'https://api.example.test/problems/validation',
      title: 'Your request is not valid',
      status: 422,
      detail: 'Two fields need attention.',
      instance: '/vehicles/42',
      field_errors: { vin: ['Must be 17 characters'], 'battery.capacity_kwh': ['Must be positive'] },
    }),
    expected: { category: 'validation', code: 'https://api.example.test/problems/validation', fieldErrors: { vin: ['Must be 17 characters'], 'battery.capacity_kwh': ['Must be positive'] } },
  },
  {
    name: 'envelope with retry_after and Retry-After',
    status: 429,
    headers: { ...json, 'retry-after': '30' },
    body: JSON.stringify({ success: false, error: 'rate_limit_exceeded', message: 'Too many requests', retry_after: 60 }),
    expected: { category: 'rate_limited', code: 'rate_limit_exceeded', retryAfterMs: 30_000 },
  },
  {
    name: 'envelope with retry_after only (Retry-After hidden by CORS)',
    status: 429,
    headers: json,
    body: JSON.stringify({ success: false, error: 'rate_limit_exceeded', message: 'Too many requests', retry_after: 60 }),
    expected: { category: 'rate_limited', retryAfterMs: 60_000 },
  },
  {
    name: 'bare { error }',
    status: 400,
    headers: json,
    body: JSON.stringify({ error: 'parsing time "yesterday" as "2006-01-02": cannot parse' }),
    expected: { category: 'validation', code: undefined, message: 'parsing time "yesterday" as "2006-01-02": cannot parse' },
  },
  {
    name: 'plain-text 500',
    status: 500,
    headers: { 'content-type': 'text/plain; charset=utf-8' },
    body: 'Internal Server Error: upstream database unavailable',
    expected: { category: 'server', message: 'Internal Server Error: upstream database unavailable', retryable: true },
  },
  {
    name: 'HTML 502 from a proxy',
    status: 502,
    headers: { 'content-type': 'text/html' },
    body: '<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>',
    expected: { category: 'server', message: '' },
  },
  {
    name: 'HTML page served as application/json',
    status: 503,
    headers: json,
    body: '<!DOCTYPE html><html><body>Service Unavailable</body></html>',
    expected: { category: 'unavailable', message: '' },
  },
  {
    name: 'truncated JSON',
    status: 500,
    headers: json,
    body: '{"error": "database tim',
    expected: { category: 'server', message: '' },
  },
  {
    name: '429 with an HTTP-date Retry-After and no body',
    status: 429,
    headers: { 'retry-after': new Date(now + 90_000).toUTCString() },
    expected: { category: 'rate_limited', retryAfterMs: 90_000 },
  },
  {
    name: '429 with delta-seconds Retry-After and a text body',
    status: 429,
    headers: { 'content-type': 'text/plain', 'retry-after': '2.5' },
    body: 'Slow down',
    expected: { category: 'rate_limited', retryAfterMs: 2500, message: 'Slow down' },
  },
  {
    name: 'RFC 9457 errors array',
    status: 422,
    headers: problem,
    body: JSON.stringify({
      type: 'about:blank',
      title: 'Unprocessable Content',
      errors: [
        { detail: 'must be a positive integer', pointer: '#/age' },
        { detail: 'is required', pointer: '#/items/0/name' },
      ],
    }),
    expected: { category: 'validation', code: undefined, fieldErrors: { age: ['must be a positive integer'], 'items.0.name': ['is required'] } },
  },
  {
    name: 'request-id header on a 404',
    status: 404,
    headers: { ...json, 'x-request-id': 'req_8f2a1c' },
    body: JSON.stringify({ error: 'Not found' }),
    expected: { category: 'not_found', requestId: 'req_8f2a1c' },
  },
  {
    name: 'Node framework { statusCode, error, message[] }',
    status: 400,
    headers: json,
    body: JSON.stringify({ statusCode: 400, error: 'Bad Request', message: ['name must be a string', 'age must be a number'] }),
    expected: { category: 'validation', message: 'name must be a string; age must be a number' },
  },
  {
    name: 'JSON served as text/plain',
    status: 409,
    headers: { 'content-type': 'text/plain' },
    body: JSON.stringify({ error: 'job_locked', message: 'The job is being edited by someone else' }),
    expected: { category: 'conflict', code: 'job_locked' },
  },
  {
    name: '401 with an empty body',
    status: 401,
    headers: { 'www-authenticate': 'Bearer' },
    expected: { category: 'unauthenticated', message: '' },
  },
]

export interface CaseServer {
  base: string
  /** A port nothing listens on: connecting to it fails at once. */
  closedPort: number
  close(): Promise<void>
}

/**
 * Starts the server. With `cors`, it answers cross-origin requests from any
 * origin and exposes only the headers listed, as a browser API must.
 */
export async function startCaseServer(cors?: { expose: string[] }): Promise<CaseServer> {
  const server = createServer((request, response) => {
    if (cors) {
      response.setHeader('access-control-allow-origin', '*')
      response.setHeader('access-control-expose-headers', cors.expose.join(', '))
    }
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname
    if (path === '/slow') return
    if (path === '/ok') return void response.writeHead(200, { 'content-type': 'application/json' }).end('[{"id":"st-1"}]')
    const found = cases[Number(path.slice('/case/'.length))]
    if (!found) return void response.writeHead(500).end()
    response.writeHead(found.status, found.headers)
    response.end(found.body)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const probe = createServer()
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve))
  const closedPort = (probe.address() as AddressInfo).port
  await new Promise((resolve) => probe.close(resolve))
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    closedPort,
    close: async () => {
      server.closeAllConnections()
      await new Promise((resolve) => server.close(resolve))
    },
  }
}

/** The fields an `ApiError` carries, without `cause` (each client throws its own). */
export function facts(error: ApiError) {
  const { category, status, code, title, message, fieldErrors, retryable, retryAfterMs, instance, requestId, body } = error
  return { category, status, code, title, message, fieldErrors, retryable, retryAfterMs, instance, requestId, body }
}

export async function thrownBy(call: () => Promise<unknown>): Promise<unknown> {
  try {
    await call()
  } catch (thrown: unknown) {
    return thrown
  }
  throw new Error('the call did not fail')
}
