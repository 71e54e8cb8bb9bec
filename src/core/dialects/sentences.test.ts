// Validation failures written as sentences (sentences.ts), read on their own:
// what each framework's text becomes, and the bounds a long body keeps.
import { describe, expect, it } from 'vitest'
import { readBodyFacts } from './readBodyFacts.js'

const facts = (body: unknown) => {
  const { fieldErrors, formErrors = [] } = readBodyFacts(body, 400)
  return { fieldErrors: { ...fieldErrors }, formErrors }
}
const fastify = (...sentences: string[]) => facts({ statusCode: 400, code: 'FST_ERR_VALIDATION', error: 'Bad Request', message: sentences.join(', ') })

describe('readSentences: fastify (ajv)', () => {
  it('gives each sentence to its instance path, a missing property to its own path', () => {
    expect(fastify('body/items/0/name must NOT have fewer than 1 characters', "body must have required property 'email'", "body/items/1 must have required property 'name'", 'querystring/page must be integer')).toEqual({
      fieldErrors: {
        'items.0.name': ['must NOT have fewer than 1 characters'],
        email: ["must have required property 'email'"],
        'items.1.name': ["must have required property 'name'"],
        page: ['must be integer'],
      },
      formErrors: [],
    })
  })

  it('keeps a ", " that opens no sentence inside the sentence', () => {
    expect(fastify('body/code must match pattern "^a, b$"', 'body/tags must be string, or null').fieldErrors).toEqual({
      code: ['must match pattern "^a, b$"'],
      tags: ['must be string, or null'],
    })
  })

  it('reads a path that is not plain as fieldPath does, and gives a sentence on the whole body to the form', () => {
    expect(fastify('body/items//name must be string', 'body/body/name must be string', 'body must be object')).toEqual({
      fieldErrors: { 'items.name': ['must be string'], name: ['must be string'] },
      formErrors: ['must be object'],
    })
  })

  it('keeps 200 fields of a 600-field message, each message at most 500 characters, cleaned of control characters', () => {
    const long = 'must be one of ' + 'x'.repeat(600)
    const { fieldErrors } = fastify(...Array.from({ length: 600 }, (_, i) => `body/items/${i}/name ${i % 2 ? long : 'must be\u0007 string'}`))
    expect(Object.keys(fieldErrors)).toHaveLength(200)
    expect(fieldErrors['items.199.name']).toEqual([long.slice(0, 499) + '…'])
    expect(fieldErrors['items.198.name']).toEqual(['must be string'])
    expect(fieldErrors['items.200.name']).toBeUndefined()
  })
})

describe('readSentences: hapi and celebrate (joi)', () => {
  it('names the first 200 of 600 details by validation.keys', () => {
    const message = Array.from({ length: 600 }, (_, i) => `"items[${i}].name" is not allowed to be empty`).join('. ')
    const { fieldErrors } = facts({ statusCode: 400, error: 'Bad Request', message, validation: { source: 'payload', keys: Array.from({ length: 600 }, (_, i) => `items.${i}.name`) } })
    expect(Object.keys(fieldErrors)).toHaveLength(200)
    expect(fieldErrors['items.199.name']).toEqual(['"items[199].name" is not allowed to be empty'])
  })

  it('names details by their label when the keys do not line up', () => {
    expect(facts({ statusCode: 400, error: 'Bad Request', message: '"name" is required. "email" must be a valid email', validation: { source: 'payload', keys: ['name'] } }).fieldErrors).toEqual({
      name: ['"name" is required'],
      email: ['"email" must be a valid email'],
    })
  })
})
