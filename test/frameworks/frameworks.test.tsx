// Issue 12: the real Node frameworks' default validation responses, from a
// real form in jsdom. Each server runs on 127.0.0.1 port 0 (servers.ts).
import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { toApiError } from '../../src/index.js'
import { fieldErrorId } from '../../src/components/fieldErrorId.js'
import { frameworks, type Started } from './servers.js'
import { expected, signupFields, typed, type SignupField } from './signup.js'
import { SignupForm } from './SignupForm.js'

const fields = Object.keys(signupFields) as SignupField[]

describe.each(Object.entries(frameworks))('%s', (name, start) => {
  let server: Started
  beforeAll(async () => {
    server = await start()
  })
  afterAll(() => server.close())
  const messages = expected[name]!

  it('gives each field its message, in the framework\'s words', async () => {
    const body = { name: typed.name, email: typed.email, items: [{ name: typed['items.0.name'] }] }
    const response = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
    const error = await toApiError(response)
    expect(error.category).toBe('validation')
    expect({ ...error.fieldErrors }).toEqual(Object.fromEntries(fields.map((field) => [field, [messages[field]]])))
  })

  it('shows each message beside its field, marks it invalid, and the summary links focus it', async () => {
    const user = userEvent.setup()
    render(<SignupForm url={server.url} />)
    await user.type(screen.getByLabelText('Email'), typed.email)
    await user.click(screen.getByRole('button', { name: 'Sign up' }))

    const summary = await screen.findByRole('alert')
    await waitFor(() => expect(summary.parentElement).toHaveFocus())
    for (const field of fields) {
      const control = screen.getByLabelText(signupFields[field])
      expect(control).toHaveAttribute('aria-invalid', 'true')
      expect(control).toHaveAccessibleDescription(`Error: ${messages[field]}`)
      expect(document.getElementById(fieldErrorId(field))?.parentElement).toBe(control.parentElement)
      await user.click(within(summary).getByRole('link', { name: new RegExp(`^${signupFields[field]}: `) }))
      expect(control).toHaveFocus()
    }
  })
})
