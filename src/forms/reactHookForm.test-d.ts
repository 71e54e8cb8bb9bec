import type { UseFormReturn } from 'react-hook-form'
import { describe, expectTypeOf, it } from 'vitest'
import type { ApiError } from '../core/index.js'
import { applyFieldErrors, type ApplyFieldErrorsOptions, type FieldErrorsTarget } from './reactHookForm.js'

interface Vehicle {
  vin: string
  items: { name: string }[]
}

declare const form: UseFormReturn<Vehicle>

describe('applyFieldErrors types', () => {
  it("takes useForm()'s result as it is and returns the ApiError", () => {
    expectTypeOf(applyFieldErrors(new Error('x'), form)).toEqualTypeOf<ApiError>()
    expectTypeOf(form).toExtend<FieldErrorsTarget<Vehicle>>()
  })

  it('takes the field name mapping as a record or a function', () => {
    expectTypeOf<{ fieldName: { vin_number: string } }>().toExtend<ApplyFieldErrorsOptions>()
    expectTypeOf<{ fieldName: (path: string) => string | undefined }>().toExtend<ApplyFieldErrorsOptions>()
    expectTypeOf<{ fieldName: (path: string) => number }>().not.toExtend<ApplyFieldErrorsOptions>()
  })

  it('needs the form, not setError alone', () => {
    // @ts-expect-error setError alone cannot tell registered fields from others
    applyFieldErrors(new Error('x'), form.setError)
  })
})
