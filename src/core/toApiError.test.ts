import { describe, expect, it } from 'vitest'
import { ApiError } from './ApiError.js'
import { toApiError } from './toApiError.js'

/** A body of `chunks` chunks of `size` bytes, counting how many the stream was asked for. */
function counted(chunks: number, size: number, byte = 0x61) {
  const stats = { pulled: 0 }
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (stats.pulled >= chunks) return controller.close()
      stats.pulled++
      controller.enqueue(new Uint8Array(size).fill(byte))
    },
  }, { highWaterMark: 0 })
  return { stream, stats }
}

describe('toApiError', () => {
  it('leaves the caller\'s body unread and readable', async () => {
    const response = new Response('{"error":"station not found"}', { status: 404, headers: { 'content-type': 'application/json' } })
    const error = await toApiError(response)
    expect(error.message).toBe('station not found')
    expect(response.bodyUsed).toBe(false)
    expect(await response.json()).toEqual({ error: 'station not found' })
  })

  it('classifies an already-read response from status and headers', async () => {
    const response = new Response('{"error":"read already"}', { status: 429, headers: { 'retry-after': '3', 'x-request-id': 'r-9' } })
    await response.text()
    const error = await toApiError(response)
    expect(error).toBeInstanceOf(ApiError)
    expect(error.category).toBe('rate_limited')
    expect(error.retryable).toBe(true)
    expect(error.retryAfterMs).toBe(3_000)
    expect(error.requestId).toBe('r-9')
    expect(error.message).toBe('')
    expect(error.body).toBeUndefined()
  })

  it('classifies a response with no body', async () => {
    const error = await toApiError(new Response(null, { status: 401 }))
    expect(error.category).toBe('unauthenticated')
    expect(error.message).toBe('')
  })

  it('reads at most maxBodyBytes of a streamed body, not the whole of it', async () => {
    const { stream, stats } = counted(1000, 16 * 1024)
    const response = new Response(stream, { status: 500, headers: { 'content-type': 'text/plain' } })
    const error = await toApiError(response, { maxBodyBytes: 40 * 1024 })
    expect(error.category).toBe('server')
    expect((error.body as string).length).toBe(40 * 1024)
    // A few chunks beyond the limit at most (the clone's tee may read ahead); never all 1000.
    expect(stats.pulled).toBeLessThan(10)
    expect(response.bodyUsed).toBe(false)
  })

  it('reads no more than the default 1 MiB of a larger body', async () => {
    const { stream, stats } = counted(64, 64 * 1024)
    const error = await toApiError(new Response(stream, { status: 502 }))
    expect((error.body as string).length).toBe(1024 * 1024)
    expect(stats.pulled).toBeLessThan(64)
  })

  it('classifies from what was read when the limit cuts JSON short', async () => {
    const body = JSON.stringify({ error: 'x'.repeat(10_000) })
    const error = await toApiError(new Response(body, { status: 400, headers: { 'content-type': 'application/json' } }), { maxBodyBytes: 100 })
    expect(error.category).toBe('validation')
    expect(error.message).toBe('')
    expect(error.body).toBe(body.slice(0, 100))
  })

  it('does not throw when the limit splits a multi-byte character', async () => {
    const error = await toApiError(new Response('é'.repeat(100), { status: 500 }), { maxBodyBytes: 7 })
    expect(error.category).toBe('server')
    expect((error.body as string).startsWith('ééé')).toBe(true)
  })

  it('keeps message at most 1000 characters and each field message at most 500', async () => {
    const body = { detail: 'd'.repeat(5000), errors: { name: ['n'.repeat(5000)] } }
    const error = await toApiError(new Response(JSON.stringify(body), { status: 422 }))
    expect(error.message.length).toBeLessThanOrEqual(1000)
    expect(error.message.startsWith('ddd')).toBe(true)
    expect(error.fieldErrors.name![0]!.length).toBeLessThanOrEqual(500)
    expect(error.fieldErrors.name![0]!.startsWith('nnn')).toBe(true)
  })

  it('keeps a plain-text message at most 1000 characters', async () => {
    const error = await toApiError(new Response('t'.repeat(50_000), { status: 503 }))
    expect(error.message.length).toBeLessThanOrEqual(1000)
  })

  it('classifies from status and headers when the body fails mid-read', async () => {
    let sent = false
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent) return controller.error(new TypeError('terminated'))
        sent = true
        controller.enqueue(new TextEncoder().encode('{"error":'))
      },
    })
    const error = await toApiError(new Response(stream, { status: 504, headers: { 'retry-after': '1' } }))
    expect(error.category).toBe('timeout')
    expect(error.retryAfterMs).toBe(1_000)
  })

  it('never rejects for a value that is not a Response', async () => {
    for (const value of [null, undefined, 'text', {}, { status: 418 }, new TypeError('Failed to fetch')]) {
      await expect(toApiError(value as Response)).resolves.toBeInstanceOf(ApiError)
    }
  })

  it('reads JSON from the body, not the Content-Type: JSON served as text/plain is JSON', async () => {
    const error = await toApiError(new Response('{"message":"from text/plain"}', { status: 400, headers: { 'content-type': 'text/plain' } }))
    expect(error.message).toBe('from text/plain')
    expect(error.body).toEqual({ message: 'from text/plain' })
  })
})

describe('ApiError fields', () => {
  it('are own properties even when the response gave none', async () => {
    const error = await toApiError(new Response(null, { status: 500 }))
    for (const key of ['status', 'code', 'title', 'retryAfterMs', 'instance', 'requestId', 'body', 'retryable', 'fieldErrors', 'category']) {
      expect(Object.hasOwn(error, key)).toBe(true)
    }
    expect(error).toMatchObject({ code: undefined, instance: undefined, retryable: true })
  })
})

describe('server text with bidi controls', () => {
  it('drops overrides and isolates so the text cannot reorder what surrounds it', async () => {
    const body = JSON.stringify({ error: 'invoice \u202Efdp.exe\u202C for \u2066you\u2069', field_errors: { name: ['bad \u202Bname'] } })
    const error = await toApiError(new Response(body, { status: 400 }))
    expect(error.message).toBe('invoice fdp.exe for you')
    expect(error.fieldErrors.name).toEqual(['bad name'])
  })
})

describe('toApiError: where the message came from', () => {
  it('says text for a plain-text body, none for markup or no body, framework for a bare { message }', async () => {
    expect((await toApiError(new Response('Upstream down', { status: 502 }))).messageSource).toBe('text')
    expect((await toApiError(new Response('<html><h1>502</h1></html>', { status: 502 }))).messageSource).toBe('none')
    expect((await toApiError(new Response(null, { status: 500 }))).messageSource).toBe('none')
    expect((await toApiError(new Response('{"message":"Internal server error"}', { status: 500 }))).messageSource).toBe('framework')
  })
})
