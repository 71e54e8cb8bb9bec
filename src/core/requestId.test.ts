import { describe, expect, it } from 'vitest'
import { classifyError } from './classifyError.js'
import { toApiError } from './toApiError.js'

const idOf = async (headers: Record<string, string>, body: unknown = {}, requestIdHeaders?: string[]) =>
  (await toApiError(new Response(JSON.stringify(body), { status: 500, headers }), { requestIdHeaders })).requestId

describe('requestId', () => {
  it.each([
    ['x-request-id', 'f058ebd6-02f7-4d3f-942e-904344e8cde5'], // nginx $request_id, Heroku, Rails
    ['x-correlation-id', 'corr-7d1e'],
    ['request-id', 'req_1AbCdEfGh'], // Stripe
    ['x-amzn-requestid', 'c6af9ac6-7b61-11e6-9a41-93e8deadbeef'], // AWS API Gateway
    ['x-ms-request-id', 'a1b2c3'], // Azure
    ['cf-ray', '7d1e2f3a4b5c6d7e-AMS'], // Cloudflare
    ['traceparent', '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01'], // W3C Trace Context
  ])('reads %s', async (name, value) => {
    expect(await idOf({ [name]: value })).toBe(value)
  })

  it('prefers x-request-id over the others and the app\'s own header over all', async () => {
    expect(await idOf({ 'cf-ray': 'ray', 'x-request-id': 'rid' })).toBe('rid')
    expect(await idOf({ 'x-request-id': 'rid', 'X-My-Trace': 'mine' }, {}, ['X-My-Trace'])).toBe('mine')
  })

  it('falls back to a request id in the body (request_id, requestId, traceId, trace_id)', async () => {
    expect(await idOf({}, { request_id: 'body-1' })).toBe('body-1')
    expect(await idOf({}, { traceId: '00-abc-01' })).toBe('00-abc-01')
    expect(await idOf({ 'x-request-id': 'header' }, { request_id: 'body' })).toBe('header')
  })

  it('is undefined when no header gives one, and skips blank values', async () => {
    expect(await idOf({})).toBeUndefined()
    expect(await idOf({ 'x-request-id': '   ', 'x-correlation-id': 'second' })).toBe('second')
  })

  it('reads plain header records case-insensitively, and arrays as Node gives them', () => {
    expect(classifyError({ status: 500, headers: { 'X-Request-ID': 'upper' } }).requestId).toBe('upper')
    expect(classifyError({ status: 500, headers: { 'x-request-id': ['first', 'second'] } }).requestId).toMatch(/^first/)
  })

  it('bounds a huge header value', async () => {
    expect((await idOf({ 'x-request-id': 'a'.repeat(5000) }))!.length).toBeLessThanOrEqual(200)
  })
})
