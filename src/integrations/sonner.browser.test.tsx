// Real sonner in Chromium: one toast per failing query or mutation, with the
// action that helps, never for a cancel, an opted-out query or a failure shown
// inline, and no axe violation with a toast on screen.
import { QueryClient, QueryClientProvider, useMutation, useQuery } from '@tanstack/react-query'
import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { ReactNode } from 'react'
import { toast, Toaster } from 'sonner'
import { afterEach, describe, expect, it } from 'vitest'
import { expectNoAxeViolations } from '../../test/axe.js'
import { ErrorAlert } from '../components/ErrorAlert.js'
import { ApiErrorsProvider } from '../context/ApiErrorsProvider.js'
import type { ApiError} from '../core/index.js';
import { classifyError } from '../core/index.js'
import { useMarkShownInline } from '../hooks/shownInline.js'
import { en } from '../messages/en.js'
import { ApiErrorToasts } from './sonner.js'

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const failure = (status: number, body: unknown = {}, method?: string) => classifyError({ status, body, method })

function setup(ui: ReactNode, config: { onSignIn?: (error: ApiError) => void } = {}) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } })
  render(
    <QueryClientProvider client={client}>
      <ApiErrorsProvider {...config}>
        {ui}
        <Toaster />
        <ApiErrorToasts />
      </ApiErrorsProvider>
    </QueryClientProvider>,
  )
  return client
}

// sonner keeps its toasts in module state, across Toasters: each test starts with none.
afterEach(async () => {
  toast.dismiss()
  await waitFor(() => expect(toasts()).toHaveLength(0))
})

const toasts = () => document.querySelectorAll('[data-sonner-toast]')

function Stations({ fetcher, meta }: { fetcher: () => Promise<string>; meta?: Record<string, unknown> }) {
  const query = useQuery({ queryKey: ['stations'], queryFn: fetcher, meta })
  return <p data-testid="stations">{query.data ?? query.status}</p>
}

function InlineStations({ fetcher }: { fetcher: () => Promise<string> }) {
  const query = useQuery({ queryKey: ['inline'], queryFn: fetcher })
  const error = query.error ? classifyError(query.error) : undefined
  useMarkShownInline(error)
  return error ? <p role="alert">{en[`${error.category}.title` as keyof typeof en]}</p> : null
}

describe('ApiErrorToasts', () => {
  it('toasts a failing query once, in words, with Try again that refetches and closes it', async () => {
    let calls = 0
    const fetcher = () => (++calls === 1 ? Promise.reject(failure(503)) : Promise.resolve('3 stations'))
    setup(
      <>
        <Stations fetcher={fetcher} />
        <Stations fetcher={fetcher} />
      </>,
    )
    const toast = await screen.findByText(en['unavailable.title'])
    expect(toasts()).toHaveLength(1)
    const item = toast.closest('[data-sonner-toast]') as HTMLElement
    await waitFor(() => expect(within(item).getByText(en['unavailable.description'])).toBeVisible())
    await expectNoAxeViolations(document.body)
    await userEvent.click(within(item).getByRole('button', { name: en['action.retry'] }))
    await waitFor(() => expect(screen.getAllByTestId('stations')[0]).toHaveTextContent('3 stations'))
    await waitFor(() => expect(toasts()).toHaveLength(0))
    expect(calls).toBe(2)
  })

  it('offers Sign in for a 401, calling the provider’s onSignIn', async () => {
    const signIns: ApiError[] = []
    setup(<Stations fetcher={() => Promise.reject(failure(401))} />, { onSignIn: (error) => signIns.push(error) })
    const toast = (await screen.findByText(en['unauthenticated.title'])).closest('[data-sonner-toast]') as HTMLElement
    await userEvent.click(within(toast).getByRole('button', { name: en['action.signIn'] }))
    expect(signIns.map((error) => error.status)).toEqual([401])
  })

  it('toasts a failed POST without offering to repeat it', async () => {
    function Save() {
      const save = useMutation({ mutationFn: () => Promise.reject(failure(409, {}, 'POST')) })
      return (
        <button type="button" onClick={() => save.mutate()}>
          Save
        </button>
      )
    }
    setup(<Save />)
    await userEvent.click(screen.getByRole('button', { name: 'Save' }))
    const toast = (await screen.findByText(en['conflict.title'])).closest('[data-sonner-toast]') as HTMLElement
    expect(within(toast).queryByRole('button', { name: en['action.retry'] })).toBeNull()
  })

  it('stays quiet for a cancel, an opted-out query and a failure shown inline', async () => {
    const client = setup(
      <>
        <Stations fetcher={() => Promise.reject(failure(500))} meta={{ errorToast: false }} />
        <InlineStations fetcher={() => Promise.reject(failure(404))} />
      </>,
    )
    await screen.findByRole('alert')
    void client.fetchQuery({ queryKey: ['slow'], queryFn: ({ signal }) => new Promise((_, reject) => signal.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError')))) }).catch(() => {})
    await sleep(20)
    await client.cancelQueries({ queryKey: ['slow'] })
    await sleep(300)
    expect(screen.getByTestId('stations')).toHaveTextContent('error')
    expect(toasts()).toHaveLength(0)
  })

  it("does not toast what the library's ErrorAlert already shows", async () => {
    function Alerted() {
      const query = useQuery({ queryKey: ['alerted'], queryFn: () => Promise.reject(failure(503)) })
      return <ErrorAlert query={query} />
    }
    setup(<Alerted />)
    await screen.findByText(en['unavailable.title'])
    await sleep(300)
    expect(toasts()).toHaveLength(0)
  })
})
