// Issue 12 in Chromium: the real Node frameworks (started by globalSetup.ts
// on 127.0.0.1) answer a real form submitted from the page, cross-origin.
import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, inject, it } from 'vitest'
import { expected, signupFields, typed, type SignupField } from './signup.js'
import { SignupForm } from './SignupForm.js'

const urls = inject('frameworkUrls')
const fields = Object.keys(signupFields) as SignupField[]

describe.each(Object.keys(expected))('%s in Chromium', (name) => {
  it('shows each message beside its field, marks it invalid, and the summary links focus it', async () => {
    const user = userEvent.setup()
    render(<SignupForm url={urls[name]!} />)
    await user.type(screen.getByLabelText('Email'), typed.email)
    await user.click(screen.getByRole('button', { name: 'Sign up' }))

    const summary = await screen.findByRole('alert', {}, { timeout: 5000 })
    await waitFor(() => expect(summary.parentElement).toHaveFocus())
    for (const field of fields) {
      const control = screen.getByLabelText(signupFields[field])
      expect(control).toHaveAttribute('aria-invalid', 'true')
      expect(control).toHaveAccessibleDescription(`Error: ${expected[name]![field]}`)
      await user.click(within(summary).getByRole('link', { name: new RegExp(`^${signupFields[field]}: `) }))
      expect(control).toHaveFocus()
    }
  })
})
