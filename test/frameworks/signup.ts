// What the sign-up form of the framework tests sends and what each real
// framework answers, in its own words (recorded from the servers in
// servers.ts; the tests check them against the live responses).

/** The form's fields, by the path every framework gives them, with their labels. */
export const signupFields = { name: 'Name', email: 'Email', 'items.0.name': 'First item' } as const

export type SignupField = keyof typeof signupFields

/** What the user types: the name and the first item left empty, an email that is not one. */
export const typed: Record<SignupField, string> = { name: '', email: 'not-an-email', 'items.0.name': '' }

const ajv = { name: 'must NOT have fewer than 1 characters', email: 'must match format "email"', 'items.0.name': 'must NOT have fewer than 1 characters' }
const joi = { name: '"name" is not allowed to be empty', email: '"email" must be a valid email', 'items.0.name': '"items[0].name" is not allowed to be empty' }

/** Each framework's message beside each field. */
export const expected: Record<string, Record<SignupField, string>> = {
  fastify: ajv,
  'fastify (validation exposed)': ajv,
  NestJS: { name: 'name should not be empty', email: 'email must be an email', 'items.0.name': 'items.0.name should not be empty' },
  hapi: joi,
  'hono + zod 3': { name: 'String must contain at least 1 character(s)', email: 'Invalid email', 'items.0.name': 'String must contain at least 1 character(s)' },
  'hono + zod 4': { name: 'Too small: expected string to have >=1 characters', email: 'Invalid email address', 'items.0.name': 'Too small: expected string to have >=1 characters' },
  'express-validator': { name: 'Invalid value', email: 'Invalid value', 'items.0.name': 'Invalid value' },
  celebrate: joi,
}
