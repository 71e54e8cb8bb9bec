// The entries' types against the real libraries' types.
import type { ErrorEvent, EventHint } from '@sentry/core'
import { useForm } from '@tanstack/react-form'
import createClient from 'openapi-fetch'
import { describe, expectTypeOf, it } from 'vitest'
import type { ApiError, ClassifyOptions } from '../core/index.js'
import { graphqlAdapter } from './graphql.js'
import { apiErrorBeforeSend } from './monitoring.js'
import { apiErrorFromResult, dataOrThrow } from './openapiFetch.js'
import { applyFormErrors, type FormErrorsTarget } from './tanstackForm.js'
import { trpcAdapter } from './trpc.js'

interface Vehicle {
  id: string
}
interface paths {
  '/vehicles/{id}': {
    get: {
      parameters: { path: { id: string } }
      responses: { 200: { content: { 'application/json': Vehicle } }; 404: { content: { 'application/json': { title: string } } } }
    }
  }
}

describe('integration types', () => {
  it('dataOrThrow resolves to the success body of an openapi-fetch call', () => {
    const client = createClient<paths>()
    expectTypeOf(dataOrThrow(client.GET('/vehicles/{id}', { params: { path: { id: '1' } } }))).resolves.toEqualTypeOf<Vehicle>()
    expectTypeOf(apiErrorFromResult).returns.toEqualTypeOf<ApiError | undefined>()
  })

  it('the adapters fit ClassifyOptions.adapters', () => {
    expectTypeOf({ adapters: [trpcAdapter, graphqlAdapter] }).toExtend<ClassifyOptions>()
  })

  it("apiErrorBeforeSend fits Sentry's beforeSend", () => {
    expectTypeOf(apiErrorBeforeSend<ErrorEvent>).toExtend<(event: ErrorEvent, hint: EventHint) => ErrorEvent | null>()
  })

  it("a TanStack Form form is the adapter's target", () => {
    const useVehicleForm = (): FormErrorsTarget => useForm({ defaultValues: { plate: '' } })
    expectTypeOf(useVehicleForm).returns.toEqualTypeOf<FormErrorsTarget>()
    expectTypeOf(applyFormErrors).returns.toEqualTypeOf<ApiError>()
  })
})
