import { describe, expect, it } from 'vitest'
import { render, screen } from '@testing-library/react'
import { ApiErrorsProvider } from '../context/ApiErrorsProvider.js'
import { ApiError } from '../core/index.js'
import { ErrorAlert } from './ErrorAlert.js'
import { ErrorMessage } from './ErrorMessage.js'
import { FieldError } from './FieldError.js'
import { getFieldErrorProps } from './getFieldErrorProps.js'
import { RetryPrompt } from './RetryPrompt.js'
const rejected = { status: 400, body: { field_errors: { 'address.city': ['Unknown city.'] } } }
// Issue 16's component defects, each shown failing on the code before the fix (commit 955e3d4^).
describe('issue 16 component defects', () => {
  it('FieldError keeps the id the field points at', () => {
    const props = { id: 'city-hint' } as object
    render(<><label htmlFor="city">City</label><input id="city" name="address.city" {...getFieldErrorProps(rejected, 'address.city')} /><FieldError error={rejected} name="address.city" {...props} /></>)
    expect(screen.getByRole('textbox', { name: 'City' })).toHaveAccessibleDescription('Error: Unknown city.')
  })
  it('ErrorMessage adds no full stop after ?', () => {
    render(<ApiErrorsProvider messages={{ 'not_found.title': 'Are you sure?' }}><ErrorMessage error={{ status: 404 }} /></ApiErrorsProvider>)
    expect(screen.getByRole('alert').querySelector('strong')).toHaveTextContent(/^Are you sure\?$/)
  })
  it('ErrorAlert gives no element an unreferenced id', () => {
    const { container } = render(<ErrorAlert error={{ status: 404 }} />)
    expect([...container.querySelectorAll('[id]')].map((n) => n.id)).toEqual([])
  })
  it('RetryPrompt uses a code\u2019s own action copy', () => {
    render(<ApiErrorsProvider messages={{ 'quota.action': 'Try the upload again' }}><RetryPrompt error={new ApiError({ category: 'unavailable', status: 503, retryable: true, code: 'quota' })} onRetry={() => {}} /></ApiErrorsProvider>)
    expect(screen.getByRole('button')).toHaveTextContent('Try the upload again')
  })
})
