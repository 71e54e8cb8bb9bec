// axios as a browser runs it: its XMLHttpRequest adapter (jsdom's, which makes
// real requests and enforces CORS) against the same server on 127.0.0.1,
// compared with fetch + toApiError.
import axios from 'axios'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { classifyError, toApiError } from '../src/core/index.js'
import { cases, facts, options, startCaseServer, thrownBy, type CaseServer } from './clientCases.js'

const exposed = ['retry-after', 'x-request-id', 'www-authenticate']
let open: CaseServer
let closed: CaseServer

beforeAll(async () => {
  open = await startCaseServer({ expose: exposed })
  closed = await startCaseServer({ expose: [] })
})

afterAll(async () => {
  await open.close()
  await closed.close()
})

const xhr = (url: string, config: Parameters<typeof axios.get>[1] = {}) => thrownBy(() => axios.get(url, { adapter: 'xhr', ...config }))

describe('axios in the browser (XMLHttpRequest adapter)', () => {
  it('runs cross-origin from the page, as a dashboard calling its API does', () => {
    expect(new URL(document.URL).origin).not.toBe(new URL(open.base).origin)
  })

  it.each(cases.map((c, index) => ({ ...c, index })))('classifies $name ($status) exactly as fetch does', async ({ index }) => {
    const url = `${open.base}/case/${index}`
    const viaFetch = await toApiError(await fetch(url), options)
    expect(facts(classifyError(await xhr(url), options))).toEqual(facts(viaFetch))
  })

  it("falls back to the body's retry_after when CORS hides Retry-After", async () => {
    const index = cases.findIndex((c) => c.name.startsWith('envelope with retry_after and'))
    const viaFetch = await toApiError(await fetch(`${closed.base}/case/${index}`), options)
    const viaXhr = classifyError(await xhr(`${closed.base}/case/${index}`), options)
    expect(viaFetch.retryAfterMs).toBe(30_000) // the header, which Node's fetch always sees
    expect(facts(viaXhr)).toMatchObject({ category: 'rate_limited', code: 'rate_limit_exceeded', retryAfterMs: 60_000 })
  })

  it('classifies a refused connection as network, a timeout as timeout and a cancel as aborted', async () => {
    expect(facts(classifyError(await xhr(`http://127.0.0.1:${open.closedPort}/`)))).toMatchObject({ category: 'network', retryable: true })
    expect(facts(classifyError(await xhr(`${open.base}/slow`, { timeout: 20 })))).toMatchObject({ category: 'timeout', retryable: true })
    const controller = new AbortController()
    setTimeout(() => controller.abort(), 20)
    expect(facts(classifyError(await xhr(`${open.base}/slow`, { signal: controller.signal })))).toMatchObject({ category: 'aborted' })
    expect(facts(classifyError(await xhr(`${open.base}/slow`, { signal: AbortSignal.timeout(20) })))).toMatchObject({ category: 'timeout' })
  })
})
