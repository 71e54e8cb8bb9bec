// The sign-up form as the README's Forms section builds it (no form library):
// an ErrorSummary, and each control wired to its FieldError.
import { useState, type FormEvent } from 'react'
import { ErrorSummary, FieldError, getFieldErrorProps, toApiError } from '../../src/index.js'
import { signupFields, type SignupField } from './signup.js'

export function SignupForm({ url }: { url: string }) {
  const [error, setError] = useState<unknown>(null)
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const data = new FormData(event.currentTarget)
    const body = { name: data.get('name'), email: data.get('email'), items: [{ name: data.get('items.0.name') }] }
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
    setError(response.ok ? null : await toApiError(response))
  }
  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <ErrorSummary error={error} fields={signupFields} />
      {Object.entries(signupFields).map(([name, label]) => (
        <div key={name}>
          <label htmlFor={name}>{label}</label>
          <input id={name} name={name} {...getFieldErrorProps(error, name as SignupField)} />
          <FieldError error={error} name={name} />
        </div>
      ))}
      <button type="submit">Sign up</button>
    </form>
  )
}
