import { QueryClient, QueryClientProvider, useMutation } from '@tanstack/react-query'
import { act, renderHook, waitFor } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import type { ReactNode } from 'react'
import { describe, expect, it } from 'vitest'
import { toApiError } from '../core/index.js'
import { useFieldErrors } from './useFieldErrors.js'
import { setupTestServer } from '../../test/setupTestServer.js'

const server = setupTestServer()

const url = 'http://api.test/customers'

describe('useFieldErrors', () => {
  it("gives a mutation's field errors to a form, and clears them when it runs again", async () => {
    let calls = 0
    server.use(
      http.post(url, () =>
        ++calls === 1
          ? HttpResponse.json({ title: 'Invalid', field_errors: { email: ['Already taken'], 'address.city': ['Required'] } }, { status: 422, headers: { 'Content-Type': 'application/problem+json' } })
          : HttpResponse.json({ id: 1 }),
      ),
    )
    const client = new QueryClient()
    const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={client}>{children}</QueryClientProvider>
    const { result } = renderHook(() => {
      const save = useMutation({ mutationFn: async () => {
        const response = await fetch(url, { method: 'POST' })
        if (!response.ok) throw await toApiError(response)
        return response.json() as Promise<unknown>
      } })
      return { save, fields: useFieldErrors(save.error) }
    }, { wrapper })
    expect(result.current.fields).toMatchObject({ error: null, fieldErrors: {}, hasFieldErrors: false })
    act(() => result.current.save.mutate())
    await waitFor(() => expect(result.current.fields.hasFieldErrors).toBe(true))
    expect(result.current.fields.messagesFor('email')).toEqual(['Already taken'])
    expect(result.current.fields.messagesFor('address.city')).toEqual(['Required'])
    expect(result.current.fields.messagesFor('name')).toEqual([])
    expect(result.current.fields.messagesFor('constructor')).toEqual([])
    expect(result.current.fields.error?.category).toBe('validation')
    act(() => result.current.save.mutate())
    await waitFor(() => expect(result.current.save.isSuccess).toBe(true))
    expect(result.current.fields.hasFieldErrors).toBe(false)
  })

  it('accepts any thrown value', () => {
    const { result } = renderHook(() => useFieldErrors({ status: 400, body: { errors: [{ field: 'age', message: 'Too young' }] } }))
    expect(result.current.fieldErrors).toEqual({ age: ['Too young'] })
  })
})
