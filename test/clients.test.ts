// @vitest-environment node
// Real axios, ky and ofetch calls against a real server on 127.0.0.1: what
// each client throws must classify exactly as the same response does through
// `fetch` + `toApiError`, body included.
import axios from 'axios'
import ky, { type KyInstance } from 'ky'
import { ofetch } from 'ofetch'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { classifyError, toApiError, type ApiError } from '../src/core/index.js'
import { cases, facts, options, startCaseServer, thrownBy, type CaseServer } from './clientCases.js'

let server: CaseServer
let base = ''
let closedPort = 0

beforeAll(async () => {
  server = await startCaseServer()
  ;({ base, closedPort } = server)
})

afterAll(() => server.close())

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
