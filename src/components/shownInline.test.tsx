import { describe, expect, it } from 'vitest'
import { render } from '@testing-library/react'
import { ApiError } from '../core/index.js'
import { isShownInline } from '../hooks/shownInline.js'
import { ErrorAlert } from './ErrorAlert.js'
import { ErrorMessage } from './ErrorMessage.js'
import { FieldError } from './FieldError.js'

describe('components and the toast layer', () => {
  it('mark what they show as shown inline, so a toast does not repeat it', () => {
    const alerted = new ApiError({ category: 'server', status: 500 })
    const said = new ApiError({ category: 'network' })
    render(
      <>
        <ErrorAlert error={alerted} />
        <ErrorMessage error={said} />
      </>,
    )
    expect(isShownInline(alerted)).toBe(true)
    expect(isShownInline(said)).toBe(true)
  })

  it('do not mark a failure a FieldError shows nothing of', () => {
    const rejected = new ApiError({ category: 'validation', status: 422, fieldErrors: { email: ['Taken.'] } })
    const { rerender } = render(<FieldError error={rejected} name="city" />)
    expect(isShownInline(rejected)).toBe(false)
    rerender(<FieldError error={rejected} name="email" />)
    expect(isShownInline(rejected)).toBe(true)
  })
})
