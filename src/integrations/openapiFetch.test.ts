// @vitest-environment node
// Real openapi-fetch against a real server on 127.0.0.1: a failed result must
// classify exactly as the same response does through fetch + toApiError.
import { QueryClient } from '@tanstack/react-query'
import createClient from 'openapi-fetch'
import { beforeAll, describe, expect, it } from 'vitest'
import { send, setupLoopback } from '../../test/integrations/loopback.js'
import { isApiError, toApiError, type ApiError } from '../core/index.js'
import { apiErrorFromResult, dataOrThrow } from './openapiFetch.js'

// What openapi-typescript would generate for this little API.
interface Vehicle {
  id: string
  plate: string
}
interface Problem {
  title: string
  detail?: string
  errors?: { pointer: string; detail: string }[]
}
interface paths {
  '/vehicles/{id}': {
    get: {
      parameters: { path: { id: string } }
      responses: {
        200: { content: { 'application/json': Vehicle } }
        404: { content: { 'application/problem+json': Problem } }
      }
    }
  }
  '/vehicles': {
    post: {
      requestBody: { content: { 'application/json': { plate: string } } }
      responses: {
        201: { content: { 'application/json': Vehicle } }
        422: { content: { 'application/problem+json': Problem } }
        429: { content: { 'text/plain': string } }
      }
    }
  }
}

const invalid = {
  type: 'https://api.example.test/problems/invalid',
  title: 'Your request is not valid',
  status: 422,
  detail: 'Check the plate.',
  errors: [{ pointer: '#/plate', detail: 'Plate is already registered' }],
}

const server = setupLoopback((req, res) => {
  if (req.url === '/vehicles/1') return send(res, 200, { id: '1', plate: 'AB-123' })
  if (req.url?.startsWith('/vehicles/')) return send(res, 404, { title: 'Not found' }, { 'content-type': 'application/problem+json', 'x-request-id': 'req-404' })
  if (req.url === '/vehicles' && req.headers['x-fault'] === 'busy') return send(res, 429, 'Slow down', { 'retry-after': '7' })
  if (req.url === '/vehicles') return send(res, 422, invalid, { 'content-type': 'application/problem+json' })
  res.writeHead(500).end()
})
let client: ReturnType<typeof createClient<paths>>

beforeAll(() => {
  client = createClient<paths>({ baseUrl: server.url })
})

/** The same request through plain fetch, classified from the unread response. */
async function direct(path: string, init?: RequestInit): Promise<ApiError> {
  return toApiError(await fetch(server.url + path, init))
}

// Everything but the cause (a Response either way) and the time it happened.
const facts = (error: ApiError | undefined) => Object.fromEntries(Object.entries({ ...error }).filter(([key]) => key !== 'cause' && key !== 'occurredAt'))

describe('apiErrorFromResult', () => {
  it('gives the field errors, code and message a fresh Response would give', async () => {
    const result = await client.POST('/vehicles', { body: { plate: 'AB-123' } })
    const error = apiErrorFromResult(result)
    expect(error).toMatchObject({ category: 'validation', status: 422, code: invalid.type, fieldErrors: { plate: ['Plate is already registered'] } })
    expect(facts(error)).toEqual(facts(await direct('/vehicles', { method: 'POST', body: '{}' })))
  })

  it('reads headers from the response and a text body from `error`', async () => {
    const result = await client.POST('/vehicles', { body: { plate: 'X' }, headers: { 'x-fault': 'busy' } })
    expect(result.error).toBe('Slow down')
    expect(apiErrorFromResult(result)).toMatchObject({ category: 'rate_limited', retryAfterMs: 7000, message: 'Slow down', body: 'Slow down' })
  })

  it('keeps the request id of a 404 and gives one instance per result', async () => {
    const result = await client.GET('/vehicles/{id}', { params: { path: { id: '9' } } })
    const error = apiErrorFromResult(result)
    expect(error).toMatchObject({ category: 'not_found', requestId: 'req-404', title: 'Not found' })
    expect(apiErrorFromResult(result)).toBe(error)
  })

  it('is undefined for a success', async () => {
    const result = await client.GET('/vehicles/{id}', { params: { path: { id: '1' } } })
    expect(apiErrorFromResult(result)).toBeUndefined()
  })
})

describe('dataOrThrow', () => {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })

  it('resolves to the data', async () => {
    const vehicle = await queryClient.fetchQuery({ queryKey: ['vehicle', '1'], queryFn: () => dataOrThrow(client.GET('/vehicles/{id}', { params: { path: { id: '1' } } })) })
    expect(vehicle.plate).toBe('AB-123')
  })

  it('puts an ApiError, field errors included, in the query cache', async () => {
    const save = () => dataOrThrow(client.POST('/vehicles', { body: { plate: 'AB-123' } }))
    await expect(queryClient.fetchQuery({ queryKey: ['save'], queryFn: save })).rejects.toSatisfy(isApiError)
    const cached = queryClient.getQueryState(['save'])?.error
    expect(cached).toMatchObject({ name: 'ApiError', category: 'validation', fieldErrors: { plate: ['Plate is already registered'] } })
  })

  it('rejects as openapi-fetch does when no response arrives', async () => {
    const closed = createClient<paths>({ baseUrl: 'http://127.0.0.1:1' })
    await expect(dataOrThrow(closed.GET('/vehicles/{id}', { params: { path: { id: '1' } } }))).rejects.toThrow(TypeError)
  })
})
