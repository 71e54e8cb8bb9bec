import { describe, expect, it } from 'vitest'
import { camelCaseFieldNames, formFieldErrors, formFieldName } from './fieldNames.js'

describe('formFieldName', () => {
  it('keeps a path without fieldNames or when a record does not list it', () => {
    expect(formFieldName('email')).toBe('email')
    expect(formFieldName('email', { vin_number: 'vin' })).toBe('email')
    expect(formFieldName('vin_number', { vin_number: 'vin' })).toBe('vin')
  })

  it("reads a record's own keys only: a server path named constructor is a path", () => {
    expect(formFieldName('constructor', {})).toBe('constructor')
  })

  it('lets a function say the form has no such field', () => {
    expect(formFieldName('internal_id', (path) => (path === 'internal_id' ? undefined : path))).toBeUndefined()
    expect(formFieldName('x', () => '')).toBeUndefined()
  })
})

describe('camelCaseFieldNames', () => {
  it.each([
    ['first_name', 'firstName'],
    ['billing_address.postal_code', 'billingAddress.postalCode'],
    ['items.0.unit_price', 'items.0.unitPrice'],
    ['first-name', 'firstName'],
    // ASP.NET Core model state and gin's validator name Go/C# properties.
    ['Items.0.Name', 'items.0.name'],
    ['Name', 'name'],
    ['URL', 'URL'],
    ['alreadyCamel', 'alreadyCamel'],
  ])('maps %s to %s', (path, name) => {
    expect(camelCaseFieldNames(path)).toBe(name)
  })
})

describe('formFieldErrors', () => {
  const fieldErrors = Object.freeze({ first_name: ['Required.'], 'Address.City': ['Unknown.'], internal_id: ['Bad.'], firstName: ['Required.', 'Too short.'] })

  it('gives the same map without fieldNames', () => {
    expect(formFieldErrors(fieldErrors)).toEqual({ fields: fieldErrors, unplaced: {} })
  })

  it('renames, merges paths that meet on one name, and sets aside what the form has not', () => {
    const names = (path: string) => (path === 'internal_id' ? undefined : camelCaseFieldNames(path))
    const { fields, unplaced } = formFieldErrors(fieldErrors, names)
    expect({ ...fields }).toEqual({ firstName: ['Required.', 'Too short.'], 'address.city': ['Unknown.'] })
    expect({ ...unplaced }).toEqual({ internal_id: ['Bad.'] })
    expect(formFieldErrors(fieldErrors, names)).toBe(formFieldErrors(fieldErrors, names))
  })
})
