// @vitest-environment node
// The real clients against a loopback server, in Node: what their errors say about the request.
import axios from 'axios'
import ky from 'ky'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { ofetch } from 'ofetch'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { classifyError } from './classifyError.js'
import { readRequest } from './readRequest.js'
import { toApiError } from './toApiError.js'

let server: Server
let base: string
beforeAll(async () => {
  server = createServer((_request, response) => response.writeHead(422, { 'content-type': 'application/json' }).end('{"detail":"Bad"}'))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise((resolve) => server.close(resolve)))

async function thrownBy(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise
  } catch (thrown: unknown) {
    return thrown
  }
  throw new Error('expected a rejection')
}

describe('url and method of the failed request', () => {
  it('reads a Response\'s url (no method: a Response does not say)', async () => {
    const error = await toApiError(await fetch(`${base}/f?page=2`, { method: 'POST' }))
    expect([error.url, error.method]).toEqual([`${base}/f?page=2`, undefined])
  })

  it('reads axios\' config, joining baseURL and url, method upper case', async () => {
    const plain = classifyError(await thrownBy(axios.post(`${base}/a/b`, {})))
    expect([plain.url, plain.method, plain.category]).toEqual([`${base}/a/b`, 'POST', 'validation'])
    const joined = classifyError(await thrownBy(axios.create({ baseURL: `${base}/api/` }).get('/x')))
    expect([joined.url, joined.method]).toEqual([`${base}/api/x`, 'GET'])
    const refused = classifyError(await thrownBy(axios.delete('http://127.0.0.1:1/gone')))
    expect([refused.category, refused.url, refused.method]).toEqual(['network', 'http://127.0.0.1:1/gone', 'DELETE'])
  })

  it('reads ky\'s request and response', async () => {
    const error = classifyError(await thrownBy(ky.put(`${base}/k`, { retry: 0 })))
    expect([error.url, error.method, error.category]).toEqual([`${base}/k`, 'PUT', 'validation'])
  })

  it('reads ofetch\'s request (string or Request) and options.method', async () => {
    const error = classifyError(await thrownBy(ofetch('/o', { baseURL: base, method: 'patch', retry: 0 })))
    expect([error.url, error.method]).toEqual([`${base}/o`, 'PATCH'])
    const fromRequest = classifyError(await thrownBy(ofetch(new Request(`${base}/r`, { method: 'POST' }), { retry: 0 })))
    expect([fromRequest.url, fromRequest.method]).toEqual([`${base}/r`, 'POST'])
    const refused = classifyError(await thrownBy(ofetch('http://127.0.0.1:1/x', { retry: 0 })))
    expect([refused.category, refused.url]).toEqual(['network', 'http://127.0.0.1:1/x'])
  })

  it('reads a plain record\'s own url and method, and nothing from what cannot be read', () => {
    expect(classifyError({ status: 500, url: '/api/x', method: 'post' })).toMatchObject({ url: '/api/x', method: 'POST' })
    const hostile = { status: 500, get request(): never { throw new Error('getter') } }
    expect(readRequest(hostile)).toEqual([])
    expect(classifyError(hostile).category).toBe('server')
    expect(readRequest('text')).toEqual([])
  })
})
