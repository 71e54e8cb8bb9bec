// @vitest-environment node
// Real axios, ky and ofetch calls against a real server on 127.0.0.1: what
// each client throws must classify exactly as the same response does through
// `fetch` + `toApiError`, body included.
import axios from 'axios'
import ky, { type KyInstance } from 'ky'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { ofetch } from 'ofetch'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { classifyError, toApiError, type ApiError, type ClassifyOptions } from '../src/core/index.js'

interface Case {
  name: string
  status: number
  headers?: Record<string, string>
  body?: string
  /** What the contract says this response is, so that a classifier broken for every client still fails. */
  expected: Partial<ApiError>
}

const json = { 'content-type': 'application/json' }
const problem = { 'content-type': 'application/problem+json' }
const now = Date.UTC(2026, 10, 22, 12, 0, 0)
const options: ClassifyOptions = { now: () => now }

const cases: Case[] = [
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

let server: Server
let base = ''
/** A port nothing listens on: connecting to it fails at once. */
let closedPort = 0

beforeAll(async () => {
  server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname
    if (path === '/slow') return // never answers: for timeouts and aborts
    const found = cases[Number(path.slice('/case/'.length))]
    if (!found) return void response.writeHead(500).end()
    response.writeHead(found.status, found.headers)
    response.end(found.body)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const probe = createServer()
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve))
  closedPort = (probe.address() as AddressInfo).port
  await new Promise((resolve) => probe.close(resolve))
})

afterAll(async () => {
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
})

/** The fields an `ApiError` carries, without `cause` (each client throws its own). */
function facts(error: ApiError) {
  const { category, status, code, title, message, fieldErrors, retryable, retryAfterMs, instance, requestId, body } = error
  return { category, status, code, title, message, fieldErrors, retryable, retryAfterMs, instance, requestId, body }
}

async function thrownBy(call: () => Promise<unknown>): Promise<unknown> {
  try {
    await call()
  } catch (thrown: unknown) {
    return thrown
  }
  throw new Error('the call did not fail')
}

/** ky 1 does not read an error's body; this hook (the one documented in the README) does. */
const kyWithBody: KyInstance = ky.create({
  retry: 0,
  hooks: { beforeError: [async (error) => Object.assign(error, { data: await error.response.text() })] },
})

// The documented one-line calls, each with the client's own retries off (the
// retry policy lives in TanStack Query) and the same signal plumbing.
const clients: Record<string, (url: string, signal?: AbortSignal) => Promise<ApiError>> = {
  'axios (http adapter)': async (url, signal) => classifyError(await thrownBy(() => axios.get(url, { signal })), options),
  'axios (fetch adapter)': async (url, signal) => classifyError(await thrownBy(() => axios.get(url, { signal, adapter: 'fetch' })), options),
  'axios (responseType text)': async (url, signal) => classifyError(await thrownBy(() => axios.get(url, { signal, responseType: 'text' })), options),
  'ky with the beforeError hook': async (url, signal) => classifyError(await thrownBy(() => kyWithBody.get(url, { signal }).json()), options),
  'ky through toApiError(error.response)': async (url, signal) => {
    const thrown = await thrownBy(() => ky.get(url, { signal, retry: 0 }).json())
    const response = (thrown as { response?: Response }).response
    return response ? toApiError(response, options) : classifyError(thrown, options)
  },
  ofetch: async (url, signal) => classifyError(await thrownBy(() => ofetch(url, { signal, retry: 0 })), options),
}

describe('HTTP clients', () => {
  describe.each(cases.map((c, index) => ({ ...c, index })))('$name ($status)', ({ index, status, expected }) => {
    const url = () => `${base}/case/${index}`

    it('classifies through fetch + toApiError as the contract says', async () => {
      const error = await toApiError(await fetch(url()), options)
      expect(error).toMatchObject({ status, ...expected })
    })

    it.each(Object.keys(clients))('classifies what %s throws exactly as fetch', async (client) => {
      const viaFetch = await toApiError(await fetch(url()), options)
      const viaClient = await clients[client]!(url())
      expect(facts(viaClient)).toEqual(facts(viaFetch))
    })
  })

  it('reads status and headers, not the body, from a ky 1 error without the hook', async () => {
    const index = cases.findIndex((c) => c.name.startsWith('envelope with retry_after and'))
    const viaFetch = await toApiError(await fetch(`${base}/case/${index}`), options)
    const viaKy = classifyError(await thrownBy(() => ky.get(`${base}/case/${index}`, { retry: 0 }).json()), options)
    const { category, status, retryAfterMs, requestId } = facts(viaFetch)
    expect(facts(viaKy)).toMatchObject({ category, status, retryAfterMs, requestId, body: undefined, code: undefined })
  })

  describe('without a response', () => {
    it.each(Object.keys(clients))('classifies a refused connection through %s as network', async (client) => {
      const viaFetch = classifyError(await thrownBy(() => fetch(`http://127.0.0.1:${closedPort}/`)))
      const viaClient = await clients[client]!(`http://127.0.0.1:${closedPort}/`)
      expect(facts(viaFetch)).toMatchObject({ category: 'network', retryable: true, status: undefined })
      expect(facts(viaClient)).toEqual(facts(viaFetch))
    })

    it.each(Object.keys(clients))('classifies a cancelled request through %s as aborted', async (client) => {
      const controller = new AbortController()
      setTimeout(() => controller.abort(), 20)
      const viaClient = await clients[client]!(`${base}/slow`, controller.signal)
      expect(facts(viaClient)).toMatchObject({ category: 'aborted', retryable: false, status: undefined })
    })

    it.each(Object.keys(clients))('classifies a timeout signal through %s as timeout', async (client) => {
      const viaFetch = classifyError(await thrownBy(() => fetch(`${base}/slow`, { signal: AbortSignal.timeout(20) })))
      const viaClient = await clients[client]!(`${base}/slow`, AbortSignal.timeout(20))
      expect(viaFetch).toMatchObject({ category: 'timeout', retryable: true })
      expect(facts(viaClient)).toEqual(facts(viaFetch))
    })
  })

  describe("each client's own timeout option", () => {
    const slow = () => `${base}/slow`
    it.each([
      ['axios', () => axios.get(slow(), { timeout: 20 })],
      ['axios (fetch adapter)', () => axios.get(slow(), { timeout: 20, adapter: 'fetch' })],
      ['ky', () => ky.get(slow(), { timeout: 20, retry: 0 })],
      ['ofetch', () => ofetch(slow(), { timeout: 20, retry: 0 })],
    ])('classifies a %s timeout as timeout', async (_client, call) => {
      expect(facts(classifyError(await thrownBy(call)))).toMatchObject({ category: 'timeout', retryable: true, status: undefined })
    })
  })
})
