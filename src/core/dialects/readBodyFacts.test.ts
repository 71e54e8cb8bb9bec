// Every body dialect of the contract, each case written from the public
// documentation of a real API or framework (cited in the test name or beside it).
import { describe, expect, it } from 'vitest'
import { toApiError } from '../toApiError.js'
import { readBodyFacts } from './readBodyFacts.js'

const respond = (status: number, body: unknown, type = 'application/json') =>
  toApiError(new Response(typeof body === 'string' ? body : JSON.stringify(body), { status, headers: { 'content-type': type } }))

describe('RFC 9457 problem details', () => {
  it('reads type, title, detail, instance and keeps extensions in body (RFC 9457 §3, out-of-credit example)', async () => {
    const body = {
      type: 'https://example.com/probs/out-of-credit', title: 'You do not have enough credit.',
      detail: 'Your current balance is 30, but that costs 50.', instance: '/account/12345/msgs/abc',
      balance: 30, accounts: ['/account/12345', '/account/67890'],
    }
    const error = await respond(403, body, 'application/problem+json')
    expect(error).toMatchObject({
      category: 'forbidden', code: body.type, title: body.title, message: body.detail, instance: body.instance,
    })
    expect(error.body).toEqual(body)
  })

  it('leaves code undefined for about:blank (Spring Framework 6 ProblemDetail default)', async () => {
    const error = await respond(400, { type: 'about:blank', title: 'Bad Request', status: 400, detail: 'Invalid request content.', instance: '/api/users' })
    expect(error.code).toBeUndefined()
    expect(error.message).toBe('Invalid request content.')
    expect(error.instance).toBe('/api/users')
  })

  it('reads errors[{ detail, pointer }] as field errors (RFC 9457 §3, validation example)', async () => {
    const error = await respond(422, {
      type: 'https://example.net/validation-error', title: 'Your request is not valid.',
      errors: [
        { detail: 'must be a positive integer', pointer: '#/age' },
        { detail: "must be 'green', 'red' or 'blue'", pointer: '#/profile/color' },
      ],
    }, 'application/problem+json')
    expect(error.category).toBe('validation')
    expect(error.code).toBe('https://example.net/validation-error')
    expect(error.title).toBe('Your request is not valid.')
    expect(error.message).toBe('Your request is not valid.')
    expect(error.fieldErrors).toEqual({ age: ['must be a positive integer'], 'profile.color': ["must be 'green', 'red' or 'blue'"] })
  })

  it('reads invalid-params[{ name, reason }] (RFC 7807 §3, validation example)', async () => {
    const error = await respond(400, {
      type: 'https://example.net/validation-error', title: "Your request parameters didn't validate.",
      'invalid-params': [
        { name: 'age', reason: 'must be a positive integer' },
        { name: 'color', reason: "must be 'green', 'red' or 'blue'" },
      ],
    }, 'application/problem+json')
    expect(error.message).toBe("Your request parameters didn't validate.")
    expect(error.fieldErrors).toEqual({ age: ['must be a positive integer'], color: ["must be 'green', 'red' or 'blue'"] })
  })

  it('reads errors as a map and traceId (ASP.NET Core ValidationProblemDetails)', async () => {
    const error = await respond(400, {
      type: 'https://tools.ietf.org/html/rfc9110#section-15.5.1', title: 'One or more validation errors occurred.', status: 400,
      errors: { Name: ['The Name field is required.'], 'Address.City': ['The City field is required.'] },
      traceId: '00-84c1fd4063c38d9f3900d06e56542d48-85d1d4-00',
    }, 'application/problem+json')
    expect(error.message).toBe('One or more validation errors occurred.')
    expect(error.fieldErrors).toEqual({ Name: ['The Name field is required.'], 'Address.City': ['The City field is required.'] })
    expect(error.requestId).toBe('00-84c1fd4063c38d9f3900d06e56542d48-85d1d4-00')
  })

  it('reads the same fields from plain application/json', async () => {
    const error = await respond(409, { type: 'https://example.com/probs/stale', title: 'Stale', detail: 'The order changed since you loaded it.' })
    expect(error).toMatchObject({ category: 'conflict', code: 'https://example.com/probs/stale', message: 'The order changed since you loaded it.' })
  })
})

describe('the { success: false, error, message } envelope', () => {
  it('takes code from error, message from message, wait from retry_after', async () => {
    const error = await respond(429, { success: false, error: 'rate_limit_exceeded', message: 'Slow down.', retry_after: 2.5 })
    expect(error).toMatchObject({ code: 'rate_limit_exceeded', message: 'Slow down.', retryAfterMs: 2500 })
  })
})

describe('{ error: "text" } and { message }', () => {
  it('reads a bare error as the message with no code', async () => {
    const error = await respond(404, { error: 'station not found' })
    expect(error.message).toBe('station not found')
    expect(error.code).toBeUndefined()
  })

  it('reads { message } with a string code (GitHub REST: message + documentation_url)', async () => {
    const error = await respond(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' })
    expect(error.message).toBe('Not Found')
    const coded = await respond(403, { message: 'Must have admin rights to Repository.', code: 'admin_required' })
    expect(coded.code).toBe('admin_required')
  })

  it('reads a string detail (Django REST framework and FastAPI HTTPException)', async () => {
    expect((await respond(401, { detail: 'Authentication credentials were not provided.' })).message).toBe('Authentication credentials were not provided.')
    expect((await respond(404, { detail: 'Item not found' })).message).toBe('Item not found')
  })

  it('reads OAuth 2 { error, error_description } (RFC 6749 §5.2)', async () => {
    const error = await respond(400, { error: 'invalid_grant', error_description: 'The refresh token has expired.' })
    expect(error).toMatchObject({ category: 'validation', code: 'invalid_grant', message: 'The refresh token has expired.' })
  })
})

describe('{ error: { code, message } }', () => {
  it('reads Google AIP-193 errors, with fieldViolations as dotted field paths', async () => {
    const error = await respond(400, {
      error: {
        code: 400, message: 'Request contains an invalid argument.', status: 'INVALID_ARGUMENT',
        details: [{
          '@type': 'type.googleapis.com/google.rpc.BadRequest',
          fieldViolations: [
            { field: 'emailAddresses[1].email', description: 'Invalid email address' },
            { field: 'fullName', description: 'Required' },
          ],
        }],
      },
    })
    expect(error).toMatchObject({ category: 'validation', code: 'INVALID_ARGUMENT', message: 'Request contains an invalid argument.' })
    expect(error.fieldErrors).toEqual({ 'emailAddresses.1.email': ['Invalid email address'], fullName: ['Required'] })
  })

  it('reads Stripe errors, whose code is more specific than their type', async () => {
    const error = await respond(402, {
      error: { type: 'card_error', code: 'card_declined', decline_code: 'insufficient_funds', message: 'Your card has insufficient funds.' },
    })
    expect(error).toMatchObject({ category: 'client', code: 'card_declined', message: 'Your card has insufficient funds.' })
  })

  it('reads OpenAI errors (code may be null: the type stands in)', async () => {
    const keyed = await respond(401, { error: { message: 'Incorrect API key provided.', type: 'invalid_request_error', param: null, code: 'invalid_api_key' } })
    expect(keyed).toMatchObject({ category: 'unauthenticated', code: 'invalid_api_key', message: 'Incorrect API key provided.' })
    const typed = await respond(400, { error: { message: "'messages' is a required property", type: 'invalid_request_error', param: null, code: null } })
    expect(typed.code).toBe('invalid_request_error')
  })

  it('reads Microsoft Graph errors', async () => {
    const error = await respond(404, { error: { code: 'Request_ResourceNotFound', message: "Resource '42' does not exist.", innerError: { 'request-id': 'abc' } } })
    expect(error).toMatchObject({ code: 'Request_ResourceNotFound', message: "Resource '42' does not exist." })
  })
})

describe('{ statusCode, error, message } of Node frameworks', () => {
  it('reads Boom: error is a reason phrase, not a code', async () => {
    const error = await respond(400, { statusCode: 400, error: 'Bad Request', message: 'Invalid request payload input' })
    expect(error.message).toBe('Invalid request payload input')
    expect(error.code).toBeUndefined()
  })

  it('reads fastify: its top-level code becomes code', async () => {
    const error = await respond(400, { statusCode: 400, code: 'FST_ERR_VALIDATION', error: 'Bad Request', message: "body must have required property 'name'" })
    expect(error).toMatchObject({ code: 'FST_ERR_VALIDATION', message: "body must have required property 'name'" })
  })

  it('joins a NestJS ValidationPipe message array with "; "', async () => {
    const error = await respond(400, { statusCode: 400, message: ['email must be an email', 'password should not be empty'], error: 'Bad Request' })
    expect(error.message).toBe('email must be an email; password should not be empty')
    expect(error.code).toBeUndefined()
  })

  it('reads a NestJS reason-phrase error whose reason is one word', async () => {
    const error = await respond(403, { statusCode: 403, message: 'Forbidden resource', error: 'Forbidden' })
    expect(error.message).toBe('Forbidden resource')
    expect(error.code).toBeUndefined()
  })
})

describe('field-error maps', () => {
  it('reads Laravel { message, errors: { field: [..] } }, dotted keys kept', async () => {
    const error = await respond(422, {
      message: 'The email field is required. (and 1 more error)',
      errors: { email: ['The email field is required.'], 'items.0.name': ['The items.0.name field is required.'] },
    })
    expect(error.message).toBe('The email field is required. (and 1 more error)')
    expect(error.fieldErrors).toEqual({ email: ['The email field is required.'], 'items.0.name': ['The items.0.name field is required.'] })
  })

  it('reads Rails { errors: { field: [..] } } (render json: { errors: model.errors })', async () => {
    const error = await respond(422, { errors: { email: ["can't be blank", 'is invalid'], password: ['is too short (minimum is 6 characters)'] } })
    expect(error.fieldErrors).toEqual({ email: ["can't be blank", 'is invalid'], password: ['is too short (minimum is 6 characters)'] })
  })

  it('reads a bare Rails/DRF field map; non_field_errors are no field (DRF ValidationError)', async () => {
    const body = { email: ['Enter a valid email address.'], non_field_errors: ['Unable to log in with provided credentials.'] }
    const error = await respond(400, body)
    expect(error.fieldErrors).toEqual({ email: ['Enter a valid email address.'] })
    expect(readBodyFacts(body, 400).formErrors).toEqual(['Unable to log in with provided credentials.'])
  })

  it('reads nested maps as dotted paths (DRF nested serializers, under errors)', async () => {
    const error = await respond(400, { errors: { address: { city: ['This field is required.'] } } })
    expect(error.fieldErrors).toEqual({ 'address.city': ['This field is required.'] })
  })

  it('reads a bare map with nested serializers as dotted paths (DRF nested serializer errors)', async () => {
    const error = await respond(400, { email: ['Enter a valid email address.'], address: { city: ['This field is required.'], geo: { lat: ['A valid number is required.'] } } })
    expect(error.fieldErrors).toEqual({
      email: ['Enter a valid email address.'], 'address.city': ['This field is required.'], 'address.geo.lat': ['A valid number is required.'],
    })
  })

  it('does not read a bare map as field errors outside 400, 409 and 422', async () => {
    const error = await respond(500, { email: ['Enter a valid email address.'] })
    expect(error.fieldErrors).toEqual({})
  })
})

describe('lists of errors', () => {
  it('reads JSON:API errors, dropping /data/attributes/ from source.pointer (jsonapi.org/format#error-objects)', async () => {
    const error = await respond(422, {
      errors: [{
        status: '422', source: { pointer: '/data/attributes/firstName' },
        title: 'Invalid Attribute', detail: 'First name must contain at least two characters.',
      }],
    }, 'application/vnd.api+json')
    expect(error.message).toBe('First name must contain at least two characters.')
    expect(error.fieldErrors).toEqual({ firstName: ['First name must contain at least two characters.'] })
  })

  it('reads FastAPI / pydantic v2 detail[].loc, dropping the body and query segments', async () => {
    const error = await respond(422, {
      detail: [
        { type: 'missing', loc: ['body', 'name'], msg: 'Field required', input: {} },
        { type: 'greater_than', loc: ['body', 'items', 0, 'price'], msg: 'Input should be greater than 0', input: -1 },
        { type: 'int_parsing', loc: ['query', 'page'], msg: 'Input should be a valid integer', input: 'two' },
      ],
    })
    expect(error.category).toBe('validation')
    expect(error.message).toBe('Field required')
    expect(error.fieldErrors).toEqual({
      name: ['Field required'], 'items.0.price': ['Input should be greater than 0'], page: ['Input should be a valid integer'],
    })
  })

  it('reads express-validator v7 errors[{ path, msg }] and v6 errors[{ param, msg }]', async () => {
    const v7 = await respond(400, { errors: [{ type: 'field', value: 'x', msg: 'Invalid value', path: 'addresses[0].street', location: 'body' }] })
    expect(v7.fieldErrors).toEqual({ 'addresses.0.street': ['Invalid value'] })
    const v6 = await respond(400, { errors: [{ value: '', msg: 'Email is required', param: 'email', location: 'body' }] })
    expect(v6.fieldErrors).toEqual({ email: ['Email is required'] })
  })

  it('reads Zod issues (path arrays) sent as errors', async () => {
    const error = await respond(400, {
      errors: [
        { code: 'invalid_type', expected: 'string', received: 'number', path: ['names', 1], message: 'Expected string, received number' },
        { code: 'too_small', minimum: 8, type: 'string', inclusive: true, path: ['password'], message: 'String must contain at least 8 character(s)' },
      ],
    })
    expect(error.code).toBe('invalid_type')
    expect(error.fieldErrors).toEqual({ 'names.1': ['Expected string, received number'], password: ['String must contain at least 8 character(s)'] })
  })

  it('reads a serialized ZodError { issues, name } (res.status(400).json(zodError))', async () => {
    const error = await respond(400, {
      issues: [{ code: 'invalid_string', validation: 'email', path: ['contact', 'email'], message: 'Invalid email' }],
      name: 'ZodError',
    })
    expect(error.message).toBe('Invalid email')
    expect(error.fieldErrors).toEqual({ 'contact.email': ['Invalid email'] })
  })

  it('reads GitHub 422 errors[{ resource, field, code, message }]', async () => {
    const error = await respond(422, {
      message: 'Validation Failed',
      errors: [{ resource: 'Issue', field: 'title', code: 'custom', message: 'title is too long (maximum is 256 characters)' }],
    })
    expect(error.message).toBe('Validation Failed')
    expect(error.fieldErrors).toEqual({ title: ['title is too long (maximum is 256 characters)'] })
  })

  it('reads a /body/-prefixed pointer and falls back to the item title', async () => {
    const error = await respond(422, { errors: [{ title: 'is required', pointer: '/body/customer/email' }] })
    expect(error.fieldErrors).toEqual({ 'customer.email': ['is required'] })
  })

  it('reads a top-level array of errors', async () => {
    const error = await respond(400, [{ field: 'email', message: 'is invalid' }])
    expect(error.fieldErrors).toEqual({ email: ['is invalid'] })
    expect(error.message).toBe('is invalid')
  })

  it('gives no field errors from a list on other statuses, where paths are usually URLs', async () => {
    const error = await respond(404, { errors: [{ detail: 'Not found', source: { pointer: '/data/attributes/id' }, path: '/api/things/42' }] })
    expect(error.message).toBe('Not found')
    expect(error.fieldErrors).toEqual({})
  })

  it('reads GraphQL errors[{ message }] (GraphQL spec §7.1.2); a 200 carrying them is unknown', async () => {
    const body = {
      errors: [{ message: 'Name for character with ID 1002 could not be fetched.', locations: [{ line: 6, column: 7 }], path: ['hero', 'heroFriends', 1, 'name'] }],
      data: { hero: null },
    }
    const error = await respond(200, body)
    expect(error).toMatchObject({ category: 'unknown', retryable: false, message: 'Name for character with ID 1002 could not be fetched.' })
    expect(error.fieldErrors).toEqual({})
    const invalid = await respond(400, { errors: [{ message: 'Cannot query field "nme" on type "Query".', locations: [{ line: 1, column: 3 }] }] }, 'application/graphql-response+json')
    expect(invalid.message).toBe('Cannot query field "nme" on type "Query".')
  })

  it('keeps each message once per field, clipped to 500 characters', async () => {
    const long = 'x'.repeat(2000)
    const error = await respond(422, { errors: [{ field: 'a', message: long }, { field: 'a', message: long }, { field: 'a', message: 'short' }] })
    expect(error.fieldErrors.a).toHaveLength(2)
    expect(error.fieldErrors.a![0]!.length).toBeLessThanOrEqual(500)
  })
})

describe('text and markup', () => {
  it('reads plain text as the message', async () => {
    expect((await respond(502, 'upstream connect error or disconnect/reset before headers', 'text/plain')).message)
      .toBe('upstream connect error or disconnect/reset before headers')
  })

  it('gives no message for an HTML error page, even one served as application/json (nginx 502 page)', async () => {
    const page = '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n'
    const error = await respond(502, page, 'application/json')
    expect(error).toMatchObject({ category: 'server', message: '', body: page })
  })

  it('never throws on bad or truncated JSON, gives no message, and keeps the text as body', async () => {
    for (const text of ['{"error": "trunc', '{nope}', '[1, 2', '"unterminated', '{"a":1}}']) {
      const error = await respond(400, text)
      expect(error.category).toBe('validation')
      expect(error.message).toBe('')
      expect(error.body).toBe(text)
    }
  })

  it('reads a JSON string body as the message', async () => {
    expect((await respond(500, '"Something broke"')).message).toBe('Something broke')
  })
})

describe('success statuses', () => {
  it('calls a 2xx carrying { ok: false } unknown (Slack Web API)', async () => {
    const error = await respond(200, { ok: false, error: 'invalid_auth' })
    expect(error.category).toBe('unknown')
    expect(error.status).toBe(200)
    expect(error.retryable).toBe(false)
  })
})
