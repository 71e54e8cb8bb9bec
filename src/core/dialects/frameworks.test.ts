// The default validation responses of frameworks that are not on npm, each
// written from the framework's documentation or source (cited beside it), read
// into dotted field paths, form errors and a message source.
import { describe, expect, it } from 'vitest'
import { toApiError } from '../toApiError.js'
import { readBodyFacts } from './readBodyFacts.js'

const facts = (status: number, body: unknown) => {
  const { fieldErrors, formErrors = [], messageSource, category } = readBodyFacts(body, status)
  return { fieldErrors: { ...fieldErrors }, formErrors, messageSource, category }
}

describe('Django REST framework', () => {
  it('reads serializer.errors, nested serializers and non_field_errors (api-guide/serializers: Validation, Dealing with nested objects)', () => {
    expect(facts(400, {
      email: ['Enter a valid e-mail address.'],
      user: { email: ['Enter a valid e-mail address.'], non_field_errors: ['Invalid user.'] },
      non_field_errors: ['The fields owner, name must make a unique set.'],
    })).toMatchObject({
      fieldErrors: { email: ['Enter a valid e-mail address.'], 'user.email': ['Enter a valid e-mail address.'], user: ['Invalid user.'] },
      formErrors: ['The fields owner, name must make a unique set.'],
    })
  })

  it('reads a many=True nested serializer: one map per item, {} for the valid ones (ListSerializer.to_internal_value)', () => {
    expect(facts(400, { items: [{}, { name: ['This field is required.'], tags: ['Not a valid string.'] }, {}] }).fieldErrors).toEqual({
      'items.1.name': ['This field is required.'], 'items.1.tags': ['Not a valid string.'],
    })
  })

  it('reads ListField child errors keyed by index (fields.ListField.run_child_validation)', () => {
    expect(facts(400, { scores: { 1: ['A valid integer is required.'] } }).fieldErrors).toEqual({ 'scores.1': ['A valid integer is required.'] })
  })

  it('reads a top-level many=True list of item maps (serializer.errors of a ListSerializer)', () => {
    expect(facts(400, [{}, { name: ['This field is required.'] }]).fieldErrors).toEqual({})
  })
})

describe('FastAPI', () => {
  it('reads pydantic 2 detail[] with loc, msg and type (tutorial/handling-errors, RequestValidationError)', () => {
    expect(facts(422, {
      detail: [
        { type: 'missing', loc: ['body', 'items', 0, 'name'], msg: 'Field required', input: {} },
        { type: 'int_parsing', loc: ['path', 'item_id'], msg: 'Input should be a valid integer, unable to parse string as an integer', input: 'foo' },
      ],
    }).fieldErrors).toEqual({ 'items.0.name': ['Field required'], item_id: ['Input should be a valid integer, unable to parse string as an integer'] })
  })

  it('reads pydantic 1 detail[] (FastAPI < 0.100 docs: value is not a valid integer)', () => {
    expect(facts(422, { detail: [{ loc: ['body', 'price'], msg: 'value is not a valid float', type: 'type_error.float' }] }).fieldErrors).toEqual({
      price: ['value is not a valid float'],
    })
  })

  it('gives a model validator error with no field to the form (pydantic 2 model_validator, loc of the body only)', () => {
    expect(facts(422, { detail: [{ type: 'value_error', loc: [], msg: 'Value error, passwords do not match', input: {} }] }).formErrors).toEqual([
      'Value error, passwords do not match',
    ])
  })
})

describe('Spring Boot', () => {
  it('reads errors[].field and defaultMessage; an object error is a form error (DefaultErrorAttributes, include-binding-errors=always)', () => {
    const body = {
      timestamp: '2024-05-01T10:00:00.000+00:00', status: 400, error: 'Bad Request', message: "Validation failed for object='user'. Error count: 2",
      errors: [
        { codes: ['NotBlank.user.name', 'NotBlank'], arguments: [{ codes: ['user.name', 'name'], defaultMessage: 'name', code: 'name' }], defaultMessage: 'must not be blank', objectName: 'user', field: 'name', rejectedValue: '', bindingFailure: false, code: 'NotBlank' },
        { codes: ['Size.user.items[0].name'], defaultMessage: 'size must be between 1 and 40', objectName: 'user', field: 'items[0].name', rejectedValue: '', bindingFailure: false, code: 'Size' },
        { codes: ['PasswordsMatch.user'], defaultMessage: 'Passwords do not match', objectName: 'user', code: 'PasswordsMatch' },
      ],
      path: '/users',
    }
    expect(facts(400, body)).toMatchObject({
      fieldErrors: { name: ['must not be blank'], 'items.0.name': ['size must be between 1 and 40'] },
      formErrors: ['Passwords do not match'],
      messageSource: undefined,
    })
  })

  it("reads Spring's ProblemDetail: its detail is for people, its errors property gives fields (Spring Framework reference, Error Responses)", () => {
    expect(facts(400, { type: 'about:blank', title: 'Bad Request', status: 400, detail: 'Invalid request content.', instance: '/users' })).toMatchObject({
      fieldErrors: {}, messageSource: 'people',
    })
    expect(facts(400, {
      type: 'about:blank', title: 'Bad Request', status: 400, detail: 'Invalid request content.', instance: '/users',
      errors: [{ field: 'email', message: 'must be a well-formed email address' }],
    }).fieldErrors).toEqual({ email: ['must be a well-formed email address'] })
  })
})

describe('ASP.NET Core', () => {
  it('reads ValidationProblemDetails errors with Items[0].Name and $.items[0].name keys; "$" is the form (learn.microsoft.com, Automatic HTTP 400 responses)', () => {
    expect(facts(400, {
      type: 'https://tools.ietf.org/html/rfc9110#section-15.5.1', title: 'One or more validation errors occurred.', status: 400,
      errors: {
        Name: ['The Name field is required.'],
        'Items[0].Name': ['The Name field is required.'],
        '$.items[1].name': ['The JSON value could not be converted to System.String. Path: $.items[1].name | LineNumber: 0 | BytePositionInLine: 41.'],
        $: ["'}' is invalid after a value. Expected either ',', '}', or ']'. Path: $ | LineNumber: 0 | BytePositionInLine: 12."],
      },
      traceId: '00-84c1fd4063c38d9f3900d06e56542d48-85d1d4-00',
    })).toMatchObject({
      fieldErrors: {
        Name: ['The Name field is required.'], 'Items.0.Name': ['The Name field is required.'],
        'items.1.name': ['The JSON value could not be converted to System.String. Path: $.items[1].name | LineNumber: 0 | BytePositionInLine: 41.'],
      },
      formErrors: ["'}' is invalid after a value. Expected either ',', '}', or ']'. Path: $ | LineNumber: 0 | BytePositionInLine: 12."],
      messageSource: undefined,
    })
  })
})

describe('Laravel', () => {
  it('reads { message, errors } with dotted keys (laravel.com/docs/validation, Validation Error Response Format)', () => {
    expect(facts(422, {
      message: 'The team name must be a string. (and 4 more errors)',
      errors: {
        team_name: ['The team name must be a string.', 'The team name must be at least 1 characters.'],
        'authorization.role': ['The selected authorization.role is invalid.'],
        'users.0.email': ['The users.0.email field is required.'],
        'users.2.email': ['The users.2.email must be a valid email address.'],
      },
    })).toMatchObject({
      fieldErrors: {
        team_name: ['The team name must be a string.', 'The team name must be at least 1 characters.'],
        'authorization.role': ['The selected authorization.role is invalid.'],
        'users.0.email': ['The users.0.email field is required.'],
        'users.2.email': ['The users.2.email must be a valid email address.'],
      },
      formErrors: [],
    })
  })
})

describe('Rails', () => {
  it('reads render json: { errors: model.errors }, base errors to the form (guides.rubyonrails.org, Active Record Validations: errors[:base])', () => {
    expect(facts(422, { errors: { title: ["can't be blank"], 'comments.body': ["can't be blank"], base: ['This order can no longer be changed'] } })).toMatchObject({
      fieldErrors: { title: ["can't be blank"], 'comments.body': ["can't be blank"] },
      formErrors: ['This order can no longer be changed'],
    })
  })

  it('reads render json: model.errors (a bare map) and errors.full_messages (form errors)', () => {
    expect(facts(422, { title: ["can't be blank"] }).fieldErrors).toEqual({ title: ["can't be blank"] })
    expect(facts(422, { errors: ["Title can't be blank", 'Body is too short (minimum is 10 characters)'] }).formErrors).toEqual([
      "Title can't be blank", 'Body is too short (minimum is 10 characters)',
    ])
  })
})

describe('gin (go-playground/validator)', () => {
  it("reads ValidationErrors.Error() as gin's c.JSON(400, gin.H{\"error\": err.Error()}) prints it (gin-gonic.com/docs, Model binding and validation)", () => {
    const error = "Key: 'User.Name' Error:Field validation for 'Name' failed on the 'required' tag\nKey: 'User.Items[0].Name' Error:Field validation for 'Name' failed on the 'min' tag"
    expect(facts(400, { error }).fieldErrors).toEqual({
      Name: ["Field validation for 'Name' failed on the 'required' tag"],
      'Items.0.Name': ["Field validation for 'Name' failed on the 'min' tag"],
    })
  })
})

describe('Symfony', () => {
  it('reads violations[].propertyPath and title (symfony.com/doc, Mapping Request Data: #[MapRequestPayload] 422 problem)', () => {
    expect(facts(422, {
      type: 'https://symfony.com/errors/validation', title: 'Validation Failed', status: 422,
      detail: 'name: This value should not be blank.\nitems[0].name: This value is too short.',
      violations: [
        { propertyPath: 'name', title: 'This value should not be blank.', template: 'This value should not be blank.', parameters: { '{{ value }}': '""' }, type: 'urn:uuid:c1051bb4-d103-4f74-8988-acbcafc7fdc3' },
        { propertyPath: 'items[0].name', title: 'This value is too short.', template: 'This value is too short.', parameters: {}, type: 'urn:uuid:9ff3fdc4-b214-49db-8718-39c315e33d45' },
        { propertyPath: '', title: 'The passwords do not match.', parameters: {} },
      ],
    })).toMatchObject({
      fieldErrors: { name: ['This value should not be blank.'], 'items.0.name': ['This value is too short.'] },
      formErrors: ['The passwords do not match.'],
      messageSource: 'people',
    })
  })

  it("reads API Platform's ConstraintViolationList (api-platform.com/docs, Validation)", () => {
    expect(facts(422, {
      '@type': 'ConstraintViolationList', 'hydra:title': 'An error occurred', 'hydra:description': 'name: This value should not be blank.',
      violations: [{ propertyPath: 'name', message: 'This value should not be blank.', code: 'c1051bb4-d103-4f74-8988-acbcafc7fdc3' }],
    }).fieldErrors).toEqual({ name: ['This value should not be blank.'] })
  })
})

describe('GraphQL', () => {
  it.each([
    ['UNAUTHENTICATED', 'unauthenticated'], ['FORBIDDEN', 'forbidden'], ['BAD_USER_INPUT', 'validation'], ['GRAPHQL_VALIDATION_FAILED', 'validation'],
    ['NOT_FOUND', 'not_found'], ['INTERNAL_SERVER_ERROR', 'server'], ['access-denied', 'forbidden'], ['SOMETHING_ELSE', 'unknown'],
  ])('classifies a 200 whose errors carry extensions.code %s as %s (Apollo Server docs, Error handling: built-in codes)', async (code, category) => {
    const response = new Response(JSON.stringify({ data: null, errors: [{ message: 'Failed', path: ['me'], extensions: { code } }] }), { status: 200 })
    expect((await toApiError(response)).category).toBe(category)
  })

  it('leaves the status its say when there is one, and ignores a code named like an Object key', () => {
    expect(facts(401, { errors: [{ message: 'x', extensions: { code: 'FORBIDDEN' } }] }).category).toBeUndefined()
    expect(facts(200, { errors: [{ message: 'x', extensions: { code: 'constructor' } }] }).category).toBeUndefined()
  })

  it("reads a BAD_USER_INPUT error's argumentName as its field; its response path is not a field (Apollo Server docs, BAD_USER_INPUT)", () => {
    expect(facts(200, {
      data: { createUser: null },
      errors: [
        { message: 'Invalid argument value', path: ['createUser'], locations: [{ line: 1, column: 12 }], extensions: { code: 'BAD_USER_INPUT', argumentName: 'email' } },
        { message: 'Name is taken', path: ['createUser'], extensions: { code: 'BAD_USER_INPUT', field: ['input', 'name'] } },
        { message: 'You cannot create users today', path: ['createUser'], extensions: { code: 'BAD_USER_INPUT' } },
      ],
    })).toEqual({
      category: 'validation', messageSource: undefined,
      fieldErrors: { email: ['Invalid argument value'], 'input.name': ['Name is taken'] },
      formErrors: ['You cannot create users today'],
    })
  })

  it("reads NestJS GraphQL's originalError (class-validator sentences) instead of \"Bad Request Exception\" (docs.nestjs.com/graphql, Validation)", () => {
    expect(facts(200, {
      data: null,
      errors: [{
        message: 'Bad Request Exception', locations: [{ line: 2, column: 3 }], path: ['createUser'],
        extensions: { code: 'BAD_REQUEST', originalError: { message: ['name should not be empty', 'items.0.name must be longer than or equal to 1 characters'], error: 'Bad Request', statusCode: 400 } },
      }],
    })).toMatchObject({
      category: 'validation',
      fieldErrors: { name: ['name should not be empty'], 'items.0.name': ['items.0.name must be longer than or equal to 1 characters'] },
      formErrors: [],
    })
  })
})
