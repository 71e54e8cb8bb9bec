import type { Meta, StoryObj } from '@storybook/react-vite'
import { createTRPCClient, httpLink } from '@trpc/client'
import type { AnyRouter } from '@trpc/server'
import { Client, fetchExchange } from '@urql/core'
import createClient from 'openapi-fetch'
import { expect } from 'storybook/test'
import { ErrorAlert, type ApiError } from '../../src/index.js'
import { classifyGraphQLError } from '../../src/integrations/graphql.js'
import { errorReport, shouldReport } from '../../src/integrations/monitoring.js'
import { apiErrorFromResult } from '../../src/integrations/openapiFetch.js'
import { classifyTrpcError } from '../../src/integrations/trpc.js'

// Each real client is handed a canned answer through its own `fetch` option:
// what it makes of it is what it would make of a server's.
const answer = (status: number, body: unknown, headers: Record<string, string> = {}) => () =>
  Promise.resolve(new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } }))

async function openapiFetchError(): Promise<ApiError | undefined> {
  type paths = { '/vehicles': { post: { requestBody: { content: { 'application/json': { plate: string } } }; responses: { 201: { content: { 'application/json': { id: string } } } } } } }
  const problem = { title: 'Your request is not valid', status: 422, errors: [{ pointer: '#/plate', detail: 'This plate is already registered' }] }
  const client = createClient<paths>({ baseUrl: 'https://api.example.test', fetch: answer(422, problem, { 'content-type': 'application/problem+json' }) })
  return apiErrorFromResult(await client.POST('/vehicles', { body: { plate: 'AB-123' } }))
}

async function trpcError(): Promise<ApiError> {
  const wire = { error: { message: 'Too many requests', code: -32029, data: { code: 'TOO_MANY_REQUESTS', httpStatus: 429, path: 'stations.list' } } }
  const client = createTRPCClient<AnyRouter>({ links: [httpLink({ url: 'https://api.example.test/trpc', fetch: answer(429, wire, { 'retry-after': '30' }) })] })
  try {
    await (client as unknown as { stations: { list: { query: () => Promise<unknown> } } }).stations.list.query()
  } catch (error: unknown) {
    return classifyTrpcError(error)
  }
  throw new Error('the call succeeded')
}

async function urqlError(): Promise<ApiError> {
  const body = { data: null, errors: [{ message: 'Sign in first', path: ['me'], extensions: { code: 'UNAUTHENTICATED' } }] }
  const client = new Client({ url: 'https://api.example.test/graphql', exchanges: [fetchExchange], fetch: answer(200, body) })
  const result = await client.query('{ me { id } }', {}).toPromise()
  return classifyGraphQLError(result.error)
}

function Failures({ errors }: { errors: [string, ApiError | undefined][] }) {
  return (
    <main>
      {errors.map(([client, error]) => (
        <section key={client} aria-label={client}>
          <h2>{client}</h2>
          <ErrorAlert error={error} />
          {error && (
            <p>
              Monitoring: {shouldReport(error) ? 'reported' : 'not reported'}, tags {Object.entries(errorReport(error).tags).map(([tag, value]) => `${tag}=${value}`).join(' ')}
            </p>
          )}
        </section>
      ))}
    </main>
  )
}

/**
 * What `react-api-errors/openapi-fetch`, `/trpc` and `/graphql` make of what
 * real openapi-fetch, tRPC and urql clients return or throw, shown by
 * `ErrorAlert`, with what `react-api-errors/monitoring` would report.
 */
const meta = {
  title: 'Integrations/Client errors',
  component: Failures,
  args: { errors: [] },
  loaders: [async () => ({ errors: [['openapi-fetch', await openapiFetchError()], ['tRPC', await trpcError()], ['urql (GraphQL)', await urqlError()]] })],
  render: (_args, { loaded }) => <Failures errors={loaded.errors as [string, ApiError | undefined][]} />,
} satisfies Meta<typeof Failures>

export default meta
type Story = StoryObj<typeof meta>

export const Classified: Story = {
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('region', { name: 'openapi-fetch' })).toHaveTextContent(/There is a problem|not valid/)
    await expect(canvas.getByRole('region', { name: 'tRPC' })).toHaveTextContent('api.category=rate_limited')
    await expect(canvas.getByRole('region', { name: 'urql (GraphQL)' })).toHaveTextContent('api.category=unauthenticated')
    await expect(canvas.getByRole('region', { name: 'tRPC' })).toHaveTextContent('not reported')
  },
}
