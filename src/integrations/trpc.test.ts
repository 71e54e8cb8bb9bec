// @vitest-environment node
// Real tRPC 11 (server and client) with Zod 4 on 127.0.0.1: what the client
// throws must classify by the server's code and status, with Zod's field errors.
import { createTRPCClient, httpBatchLink, httpLink, TRPCClientError } from '@trpc/client'
import { initTRPC, TRPCError } from '@trpc/server'
import { createHTTPHandler } from '@trpc/server/adapters/standalone'
import type { ServerResponse } from 'node:http'
import { beforeAll, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { setupLoopback } from '../../test/integrations/loopback.js'
import { classifyError, isApiError } from '../core/index.js'
import { classifyTrpcError, trpcAdapter } from './trpc.js'

// The errorFormatter tRPC's docs give for Zod: `data.zodError` is Zod's flatten().
const t = initTRPC.context<{ res: ServerResponse }>().create({
  errorFormatter: ({ shape, error }) => ({
    ...shape,
    data: { ...shape.data, zodError: error.code === 'BAD_REQUEST' && error.cause instanceof z.ZodError ? z.flattenError(error.cause) : null },
  }),
})

const vehicle = z
  .object({ plate: z.string().min(3, 'Plate is too short'), year: z.number().int().min(1900, 'Year is too early') })
  .refine((value) => value.plate !== 'XXX', 'This vehicle cannot be registered')

const router = t.router({
  save: t.procedure.input(vehicle).mutation(({ input }) => {
    if (input.plate === 'AB-123') throw new TRPCError({ code: 'CONFLICT', message: 'This plate is already registered' })
    return input
  }),
  me: t.procedure.query(() => {
    throw new TRPCError({ code: 'UNAUTHORIZED' })
  }),
  busy: t.procedure.query(({ ctx }) => {
    ctx.res.setHeader('retry-after', '3')
    throw new TRPCError({ code: 'TOO_MANY_REQUESTS', message: 'Slow down' })
  }),
  crash: t.procedure.query(() => {
    throw new Error('Cannot read properties of undefined (reading "id")')
  }),
})

const handler = createHTTPHandler({ router, createContext: ({ res }) => ({ res }), onError: () => {} })
const server = setupLoopback((req, res) => {
  res.setHeader('x-request-id', 'req-7')
  handler(req, res)
})
let client: ReturnType<typeof createTRPCClient<typeof router>>
let batched: ReturnType<typeof createTRPCClient<typeof router>>

beforeAll(() => {
  client = createTRPCClient<typeof router>({ links: [httpLink({ url: server.url })] })
  batched = createTRPCClient<typeof router>({ links: [httpBatchLink({ url: server.url })] })
})

async function thrown(call: () => Promise<unknown>): Promise<unknown> {
  try {
    await call()
  } catch (error: unknown) {
    return error
  }
  throw new Error('the call succeeded')
}

describe('trpcAdapter', () => {
  it("puts Zod's fieldErrors on the fields and its formErrors on the form", async () => {
    const error = await thrown(() => client.save.mutate({ plate: 'XX', year: 1800 }))
    expect(error).toBeInstanceOf(TRPCClientError)
    expect(classifyTrpcError(error)).toMatchObject({
      category: 'validation',
      status: 400,
      code: 'BAD_REQUEST',
      fieldErrors: { plate: ['Plate is too short'], year: ['Year is too early'] },
      messageSource: 'framework',
    })
    const refined = await thrown(() => client.save.mutate({ plate: 'XXX', year: 2000 }))
    expect(classifyTrpcError(refined)).toMatchObject({ category: 'validation', fieldErrors: {}, formErrors: ['This vehicle cannot be registered'] })
  })

  it("classifies by data.httpStatus and data.code, with the server's message", async () => {
    const error = await thrown(() => client.save.mutate({ plate: 'AB-123', year: 2000 }))
    expect(classifyTrpcError(error)).toMatchObject({ category: 'conflict', status: 409, code: 'CONFLICT', message: 'This plate is already registered', messageSource: 'people', retryable: false })
    expect(classifyTrpcError(await thrown(() => client.me.query()))).toMatchObject({ category: 'unauthenticated', status: 401, code: 'UNAUTHORIZED', message: '', messageSource: 'none' })
    expect(classifyTrpcError(await thrown(() => client.crash.query()))).toMatchObject({ category: 'server', status: 500, retryable: true, messageSource: 'framework' })
  })

  it('reads Retry-After, the request id and the URL from the response', async () => {
    const error = classifyTrpcError(await thrown(() => client.busy.query()))
    expect(error).toMatchObject({ category: 'rate_limited', status: 429, retryAfterMs: 3000, requestId: 'req-7', retryable: true })
    expect(error.url).toContain(`${server.url}/busy`)
  })

  it('classifies each call of a batch by its own status', async () => {
    const [saved, me] = await Promise.allSettled([batched.save.mutate({ plate: 'AB-123', year: 2000 }), batched.me.query()])
    expect(saved.status === 'rejected' && classifyTrpcError(saved.reason)).toMatchObject({ category: 'conflict', status: 409 })
    expect(me.status === 'rejected' && classifyTrpcError(me.reason)).toMatchObject({ category: 'unauthenticated', status: 401 })
  })

  it('classifies the serialised forms: JSON of the client error, its shape, a server TRPCError', async () => {
    const error = await thrown(() => client.save.mutate({ plate: 'XX', year: 2000 }))
    const json: unknown = JSON.parse(JSON.stringify(error))
    expect(classifyTrpcError(json)).toMatchObject({ category: 'validation', status: 400, fieldErrors: { plate: ['Plate is too short'] } })
    expect(classifyTrpcError((error as TRPCClientError<typeof router>).shape)).toMatchObject({ category: 'validation', code: 'BAD_REQUEST' })
    expect(classifyTrpcError(new TRPCError({ code: 'NOT_FOUND', message: 'No such vehicle' }))).toMatchObject({ category: 'not_found', status: 404, message: 'No such vehicle' })
  })

  it('classifies a client error without a response by its cause', async () => {
    const offline = createTRPCClient<typeof router>({ links: [httpLink({ url: 'http://127.0.0.1:1' })] })
    const error = await thrown(() => offline.me.query())
    expect(error).toBeInstanceOf(TRPCClientError)
    expect(classifyTrpcError(error)).toMatchObject({ category: 'network', cause: error })
    const controller = new AbortController()
    const aborted = thrown(() => client.me.query(undefined, { signal: controller.signal }))
    controller.abort()
    expect(classifyTrpcError(await aborted).category).toBe('aborted')
  })

  it('plugs into classifyError and leaves everything else to it', async () => {
    const error = await thrown(() => client.me.query())
    const classified = classifyError(error, { adapters: [trpcAdapter] })
    expect(classified).toMatchObject({ category: 'unauthenticated', code: 'UNAUTHORIZED' })
    expect(classifyTrpcError(error)).toBe(classified)
    expect(trpcAdapter(new TypeError('fetch failed'), {})).toBeUndefined()
    expect(trpcAdapter({ data: { code: 'NOPE' } }, {})).toBeUndefined()
    expect(trpcAdapter('UNAUTHORIZED', {})).toBeUndefined()
    expect(isApiError(classifyTrpcError(new TypeError('fetch failed')))).toBe(true)
  })
})
