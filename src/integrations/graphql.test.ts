// @vitest-environment node
// A real GraphQL Yoga server on 127.0.0.1 and the real clients: what
// graphql-request throws, what urql returns as `result.error` and what Apollo
// Client 4 throws must classify by `extensions.code` and the status.
import { ApolloClient, HttpLink, InMemoryCache, gql } from '@apollo/client'
import { Client, fetchExchange } from '@urql/core'
import { ClientError, GraphQLClient } from 'graphql-request'
import { createGraphQLError, createSchema, createYoga } from 'graphql-yoga'
import { beforeAll, describe, expect, it } from 'vitest'
import { send, setupLoopback } from '../../test/integrations/loopback.js'
import { classifyError } from '../core/index.js'
import { classifyGraphQLError, graphqlAdapter } from './graphql.js'

const fail = (message: string, code: string) => {
  throw createGraphQLError(message, { extensions: { code } })
}

const yoga = createYoga({
  logging: false,
  schema: createSchema({
    typeDefs: /* GraphQL */ `
      type Vehicle {
        id: ID!
        plate: String!
      }
      type Query {
        vehicle(id: ID!): Vehicle
        me: String
        admin: String
        crash: String
      }
      type Mutation {
        save(plate: String!): Vehicle
      }
    `,
    resolvers: {
      Query: {
        vehicle: () => fail('No such vehicle', 'NOT_FOUND'),
        me: () => fail('Sign in first', 'UNAUTHENTICATED'),
        admin: () => fail('Admins only', 'FORBIDDEN'),
        crash: () => {
          throw new Error('database password is hunter2')
        },
      },
      Mutation: { save: () => fail('Plate is already registered', 'BAD_USER_INPUT') },
    },
  }),
})

const server = setupLoopback((req, res) => {
  res.setHeader('x-request-id', 'req-gql')
  // A proxy in front of the API, answering for it.
  if (req.url?.startsWith('/down')) send(res, 503, '<html>Down</html>', { 'retry-after': '20', 'content-type': 'text/html' })
  else void yoga(req, res)
})
let url = ''
let down = ''

beforeAll(() => {
  url = `${server.url}/graphql`
  down = `${server.url}/down`
})

const cases = [
  ['{ vehicle(id: "9") { id } }', 'not_found', 'NOT_FOUND'],
  ['{ me }', 'unauthenticated', 'UNAUTHENTICATED'],
  ['{ admin }', 'forbidden', 'FORBIDDEN'],
  ['mutation { save(plate: "AB-123") { id } }', 'validation', 'BAD_USER_INPUT'],
] as const

async function thrown(call: () => Promise<unknown>): Promise<unknown> {
  try {
    await call()
  } catch (error: unknown) {
    return error
  }
  throw new Error('the call succeeded')
}

describe('graphqlAdapter with graphql-request', () => {
  const client = { request: (query: string) => new GraphQLClient(url).request(query) }

  it.each(cases)('%s on a 200 is %s', async (query, category, code) => {
    const error = await thrown(() => client.request(query))
    expect(error).toBeInstanceOf(ClientError)
    expect(classifyGraphQLError(error)).toMatchObject({ category, status: 200, requestId: 'req-gql', cause: error })
    expect(JSON.stringify(classifyGraphQLError(error).body)).toContain(code)
  })

  it('classifies a failed validation by its code and status, a masked crash as a server failure', async () => {
    expect(classifyGraphQLError(await thrown(() => client.request('{ nope }')))).toMatchObject({ category: 'validation', status: 400 })
    const crash = classifyGraphQLError(await thrown(() => client.request('{ crash }')))
    expect(crash).toMatchObject({ category: 'server', status: 200 })
    expect(crash.message).not.toContain('hunter2')
  })

  it("classifies a proxy's 503 by its status, with Retry-After", async () => {
    const error = await thrown(() => new GraphQLClient(down).request('{ me }'))
    expect(classifyGraphQLError(error)).toMatchObject({ category: 'unavailable', status: 503, retryAfterMs: 20_000, retryable: true })
  })

  it('plugs into classifyError and gives one instance per error', async () => {
    const error = await thrown(() => client.request('{ me }'))
    const classified = classifyError(error, { adapters: [graphqlAdapter] })
    expect(classified.category).toBe('unauthenticated')
    expect(classifyGraphQLError(error)).toBe(classified)
    expect(graphqlAdapter(new TypeError('fetch failed'), {})).toBeUndefined()
    expect(graphqlAdapter({ name: 'ClientError' }, {})).toBeUndefined()
    expect(graphqlAdapter({ response: { status: 200 }, request: {} }, {})).toBeUndefined()
  })
})

describe('graphqlAdapter with urql', () => {
  it.each(cases)('%s is %s', async (query, category) => {
    const client = new Client({ url, exchanges: [fetchExchange], preferGetMethod: false })
    const result = query.startsWith('mutation') ? await client.mutation(query, {}).toPromise() : await client.query(query, {}).toPromise()
    expect(result.error?.name).toBe('CombinedError')
    expect(classifyGraphQLError(result.error)).toMatchObject({ category, status: 200, requestId: 'req-gql' })
  })

  it("classifies a proxy's 503 and a refused connection as network errors do", async () => {
    const proxied = await new Client({ url: down, exchanges: [fetchExchange] }).query('{ me }', {}).toPromise()
    expect(classifyGraphQLError(proxied.error)).toMatchObject({ category: 'unavailable', status: 503, retryAfterMs: 20_000 })
    const refused = await new Client({ url: 'http://127.0.0.1:1/graphql', exchanges: [fetchExchange] }).query('{ me }', {}).toPromise()
    expect(classifyGraphQLError(refused.error)).toMatchObject({ category: 'network', status: undefined })
  })
})

describe('graphqlAdapter with Apollo Client 4', () => {
  it.each(cases)('%s is %s', async (query, category) => {
    const client = new ApolloClient({ link: new HttpLink({ uri: url }), cache: new InMemoryCache() })
    const document = gql(query)
    const error = await thrown(() => (query.startsWith('mutation') ? client.mutate({ mutation: document }) : client.query({ query: document, fetchPolicy: 'no-cache' })))
    expect((error as Error).name).toBe('CombinedGraphQLErrors')
    expect(classifyGraphQLError(error)).toMatchObject({ category })
  })

  it("classifies a proxy's 503 (ServerError) by its status", async () => {
    const proxied = new ApolloClient({ link: new HttpLink({ uri: down }), cache: new InMemoryCache() })
    const error = await thrown(() => proxied.query({ query: gql('{ me }'), fetchPolicy: 'no-cache' }))
    expect((error as Error).name).toBe('ServerError')
    expect(classifyGraphQLError(error)).toMatchObject({ category: 'unavailable', status: 503, retryAfterMs: 20_000, requestId: 'req-gql' })
  })
})
