// Property tests over the classifier's two entry points and every component,
// with arbitrary and hostile input. CI runs a short, fixed-seed pass (200
// cases per classifier property, 100 per component property, seed 42);
// `npm run fuzz` runs FUZZ_RUNS cases per classifier property (100,000 by
// default) and FUZZ_COMPONENT_RUNS per component property (a tenth of that:
// a jsdom render costs ~20 ms) with a fresh seed, printed on failure so that
// it can be replayed with FUZZ_SEED.
import { render } from '@testing-library/react'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ErrorAlert } from '../src/components/ErrorAlert.js'
import { ErrorMessage } from '../src/components/ErrorMessage.js'
import { ErrorSummary } from '../src/components/ErrorSummary.js'
import { FieldError } from '../src/components/FieldError.js'
import { RetryPrompt } from '../src/components/RetryPrompt.js'
import { ApiErrorsProvider } from '../src/context/ApiErrorsProvider.js'
import { ApiError, ERROR_CATEGORIES, categoryForStatus, classifyError, isApiError, isRetryable, toApiError } from '../src/core/index.js'
import { fr } from '../src/messages/fr.js'
import { expectInert } from './expectInert.js'
import { arbitraryApiError, arbitraryThrown, body, headerRecord, materialize, responseHeaders } from './fuzzArbitraries.js'

const runs = Number(process.env.FUZZ_RUNS ?? 200)
const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : process.env.FUZZ_RUNS ? undefined : 42
const componentRuns = Number(process.env.FUZZ_COMPONENT_RUNS ?? (process.env.FUZZ_RUNS ? Math.ceil(runs / 10) : 100))
const params: fc.Parameters<unknown> = { numRuns: runs, seed, endOnFailure: true }
const componentParams: fc.Parameters<unknown> = { ...params, numRuns: componentRuns }
// A long run gets time to finish; the CI pass stays quick.
const timeout = Math.max(30_000, runs * 5)
const componentTimeout = Math.max(30_000, componentRuns * 100)

// eslint-disable-next-line no-control-regex
const controls = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/
const protoKeys = Object.getOwnPropertyNames(Object.prototype).join()

/** What every ApiError must be, whatever it was made from. */
function expectWellFormed(error: ApiError) {
  expect(error).toBeInstanceOf(ApiError)
  expect(ERROR_CATEGORIES).toContain(error.category)
  expect(error.retryable).toBe(isRetryable(error.category, error.status))
  expect(typeof error.message).toBe('string')
  expect(error.message.length).toBeLessThanOrEqual(1000)
  for (const text of [error.message, error.title, error.code, error.instance, error.requestId]) {
    if (text !== undefined) {
      expect(typeof text).toBe('string')
      expect(text).not.toMatch(controls)
    }
  }
  const fields = Object.entries(error.fieldErrors)
  expect(fields.length).toBeLessThanOrEqual(200)
  for (const [field, messages] of fields) {
    expect(field.length).toBeGreaterThan(0)
    expect(Array.isArray(messages)).toBe(true)
    for (const message of messages) {
      expect(typeof message).toBe('string')
      expect(message.length).toBeLessThanOrEqual(500)
      expect(message).not.toMatch(controls)
    }
  }
  if (error.retryAfterMs !== undefined) {
    expect(Number.isFinite(error.retryAfterMs)).toBe(true)
    expect(error.retryAfterMs).toBeGreaterThanOrEqual(0)
  }
  // Idempotent: an ApiError passes through unchanged.
  expect(classifyError(error)).toBe(error)
  expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  expect(Object.getOwnPropertyNames(Object.prototype).join()).toBe(protoKeys)
}

describe('classifyError under fuzzing', () => {
  it('answers every thrown value with a well-formed ApiError, and never throws', () => {
    fc.assert(
      fc.property(arbitraryThrown, (thrown) => {
        expectWellFormed(classifyError(materialize(thrown)))
      }),
      params,
    )
  }, timeout)

  it('gives a { status, headers, body } record the category of its status', () => {
    fc.assert(
      fc.property(fc.integer({ min: 100, max: 599 }), headerRecord, body, (status, headers, data) => {
        const error = classifyError({ status, headers, body: data })
        expectWellFormed(error)
        expect(error.category).toBe(categoryForStatus(status))
        expect(error.status).toBe(status)
      }),
      params,
    )
  }, timeout)
})

describe('toApiError under fuzzing', () => {
  it('answers every response with its status\'s category, and leaves the body readable', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 200, max: 599 }),
        responseHeaders,
        fc.oneof(body.map((value) => JSON.stringify(value, (_, v: unknown) => (typeof v === 'bigint' ? Number(v) : v)) ?? ''), fc.string({ unit: 'binary', maxLength: 300 })),
        async (status, headers, text) => {
          const response = new Response([101, 204, 205, 304].includes(status) ? null : text, { status, headers })
          const error = await toApiError(response)
          expectWellFormed(error)
          expect(error.category).toBe(categoryForStatus(status))
          expect(response.bodyUsed).toBe(false)
          if (response.body) expect(await response.text()).toBe(text)
        },
      ),
      params,
    )
  }, timeout)

  it('never rejects for a body given as arbitrary bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 400, max: 599 }), fc.uint8Array({ maxLength: 2000 }), fc.nat({ max: 3000 }), async (status, bytes, maxBodyBytes) => {
        expectWellFormed(await toApiError(new Response(bytes, { status }), { maxBodyBytes }))
      }),
      params,
    )
  }, timeout)
})

/** Every component given the same error, inside a provider in either language. */
function renderEvery(error: unknown, french: boolean) {
  const fields = isApiError(error) ? Object.keys(error.fieldErrors) : []
  return render(
    <ApiErrorsProvider {...(french ? { locale: 'fr', messages: fr } : {})} supportUrl="https://help.example.test">
      <ErrorMessage error={error} />
      <ErrorAlert error={error} onRetry={() => {}} onSignIn={() => {}} persistent={french} />
      <RetryPrompt error={error} onRetry={() => {}} mode={french ? 'explain' : 'disable'} />
      <ErrorSummary error={error} fields={{ email: 'Email', constructor: 'Constructor' }} focusOnShow={false} />
      {[...fields, 'email', '__proto__'].map((name, index) => (
        <FieldError key={index} error={error} name={name} />
      ))}
    </ApiErrorsProvider>,
  )
}

describe('the components under fuzzing', () => {
  it('render any ApiError as inert text and links, and nothing for a cancel', () => {
    fc.assert(
      fc.property(arbitraryApiError, fc.boolean(), (error, french) => {
        const { container, unmount } = renderEvery(error, french)
        try {
          // Text an app put into an ApiError itself is its own: only the classifier cleans what servers send.
          expectInert(container, { controls: false })
          if (error.category === 'aborted') expect(container).toBeEmptyDOMElement()
          else expect(container.querySelectorAll('[role="alert"]').length).toBeGreaterThan(0)
        } finally {
          unmount()
        }
      }),
      componentParams,
    )
  }, componentTimeout)

  it('render anything thrown, classified, as inert text without control characters', () => {
    fc.assert(
      fc.property(arbitraryThrown, fc.boolean(), (thrown, french) => {
        const { container, unmount } = renderEvery(materialize(thrown), french)
        try {
          expectInert(container)
        } finally {
          unmount()
        }
      }),
      componentParams,
    )
  }, componentTimeout)
})
