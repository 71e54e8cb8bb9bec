import { describe, expect, it } from 'vitest'
import { QueryClient, QueryClientProvider, useSuspenseQuery } from '@tanstack/react-query'
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { createRef, Suspense, type ComponentProps } from 'react'
import { expectNoAxeViolations } from '../../test/axe.js'
import { takeConsoleErrors } from '../../test/console.js'
import { isBoundaryReport } from '../../test/consoleReports.js'
import { ApiErrorsProvider } from '../context/ApiErrorsProvider.js'
import { toApiError } from '../core/index.js'
import { en } from '../messages/en.js'
import { QueryErrorBoundary } from './QueryErrorBoundary.js'
import { setupTestServer } from '../../test/setupTestServer.js'

const server = setupTestServer()

const url = 'http://api.test/stations'

/** React reported the failure the boundary caught, and nothing else went to the console. */
function expectOnlyBoundaryReports(status: number) {
  const seen = takeConsoleErrors()
  expect(seen.length).toBeGreaterThan(0)
  for (const args of seen) expect(isBoundaryReport(args, (error) => error.name === 'ApiError' && error.status === status), String(args[0])).toBe(true)
}

function Stations() {
  const { data } = useSuspenseQuery({
    queryKey: ['stations'],
    queryFn: async () => {
      const response = await fetch(url)
      if (!response.ok) throw await toApiError(response)
      return (await response.json()) as { name: string }[]
    },
  })
  return <p>{data.map((station) => station.name).join(', ')}</p>
}

function renderBoundary(props: Partial<ComponentProps<typeof QueryErrorBoundary>> = {}, supportUrl?: string) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  return render(
    <QueryClientProvider client={client}>
      <ApiErrorsProvider supportUrl={supportUrl}>
        <QueryErrorBoundary {...props}>
          <Suspense fallback={<p>Loading</p>}>
            <Stations />
          </Suspense>
        </QueryErrorBoundary>
      </ApiErrorsProvider>
    </QueryClientProvider>,
  )
}

describe('QueryErrorBoundary', () => {
  it('shows an ErrorAlert for a failed query, and a keyboard retry resets the query and renders it again', async () => {
    let calls = 0
    server.use(http.get(url, () => (++calls === 1 ? new HttpResponse('upstream down', { status: 503 }) : HttpResponse.json([{ name: 'Kew' }]))))
    const user = userEvent.setup()
    const { container } = renderBoundary()
    expect(await screen.findByRole('heading', { name: en['unavailable.title'] })).toBeInTheDocument()
    expectOnlyBoundaryReports(503)
    await expectNoAxeViolations(container)
    await user.tab()
    expect(screen.getByRole('button', { name: en['action.retry'] })).toHaveFocus()
    await user.keyboard('{Enter}')
    expect(await screen.findByText('Kew')).toBeInTheDocument()
    expect(calls).toBe(2)
  })

  it('treats a 5xx as persistent, offering support, and hands ref and props to the alert', async () => {
    server.use(http.get(url, () => new HttpResponse('boom', { status: 500, headers: { 'x-request-id': 'abc' } })))
    const ref = createRef<HTMLDivElement>()
    const { container } = renderBoundary({ ref, className: 'page-error', headingLevel: 3 }, 'https://help.example.com')
    expect(await screen.findByRole('heading', { level: 3, name: en['server.title'] })).toBeInTheDocument()
    expectOnlyBoundaryReports(500)
    expect(screen.getByRole('link', { name: en['action.support'] })).toHaveAttribute('href', 'https://help.example.com')
    expect(ref.current).toHaveClass('rae-alert', 'page-error')
    expect(screen.getByText('abc')).toBeInTheDocument()
    await expectNoAxeViolations(container)
  })

  it('takes a fallback render override', async () => {
    server.use(http.get(url, () => HttpResponse.json({ error: 'station not found' }, { status: 404 })))
    const { container } = renderBoundary({ fallbackRender: ({ error }) => <p role="alert">Custom: {String((error as { status: number }).status)}</p> })
    expect(await screen.findByRole('alert')).toHaveTextContent('Custom: 404')
    expectOnlyBoundaryReports(404)
    await expectNoAxeViolations(container)
  })
})
