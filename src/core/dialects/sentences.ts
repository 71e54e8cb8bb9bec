import { fieldPath } from '../fieldPath.js'
import { isObject, str, type Bag } from '../guards.js'
import { addFieldError, maxFields, type BodyFacts } from './BodyFacts.js'

// fastify (ajv): `body/items/0/name must NOT have fewer than 1 characters`, joined with ", ".
// Split where the next sentence opens (a ", " inside one stays): a lazy regex
// that looked ahead at every character cost more than the rest of the reading.
const ajvSentence = /, (?=(?:body|querystring|params|headers)[/ ])/
// Its instance path, plain segments (most are) in their own group as fieldPath's fast way would read them, and its text.
const ajvHead = /^(?:body|querystring|params|headers)(?:\/((?!(?:body|query|path|header|cookie)\/)[\w-]+(?:\/[\w-]+)*(?= ))?(\S*))? (.+)$/
const required = /^must have required property '(.+)'$/
const slashes = /\//g
// joi (hapi, celebrate): `"items[0].name" is not allowed to be empty`, joined with ". ".
const joi = /("([^"]+)" .+?)(?:\. (?=")|$)/g
// class-validator (NestJS): `items.0.name should not be empty`, `property x should not exist`.
const classValidator = /^(?:each value in |(?:nested )?property )?([\w$]+(?:\.[\w$]+)*) (?:should|must|has|is|are|contains)\b/
// go-playground/validator as gin prints it: `Key: 'User.Items[0].Name' Error:Field validation for 'Name' failed on the 'required' tag`.
const goValidator = /Key: '[^.']+\.([^']+)' Error:(.+?)(?=\nKey: |$)/g

function readJoi(message: unknown, keys: unknown, facts: BodyFacts): void {
  const text = str(message) ?? ''
  // The first maxFields only: matching all 600 of a long message to keep 200 cost a third more.
  const found: RegExpExecArray[] = []
  for (const m of text.matchAll(joi)) if (found.push(m) >= maxFields) break
  // hapi's `keys` name the same details in order; a custom `.label()` would not.
  const named = Array.isArray(keys) && Math.min(keys.length, maxFields) === found.length ? keys : undefined
  found.forEach((m, i) => addFieldError(facts, fieldPath(named ? named[i] : m[2]), m[1]))
  if (!found.length) addFieldError(facts, undefined, text)
}

/**
 * Validation failures written as sentences, the frameworks' own words kept as
 * each field's message: NestJS (class-validator) `message` arrays, hapi and
 * celebrate (joi) `message` with `validation.keys`, fastify's `FST_ERR_VALIDATION`
 * message (ajv), and gin's go-playground/validator text in `error`. A
 * sentence that names no field is a form error.
 */
export function readSentences(body: Bag, facts: BodyFacts): void {
  const { message, validation } = body
  if (Array.isArray(message)) {
    for (const sentence of message.slice(0, maxFields)) addFieldError(facts, fieldPath(classValidator.exec(str(sentence) ?? '')?.[1]), sentence)
  } else if (isObject(validation) && !Array.isArray(validation)) {
    if (validation.keys) readJoi(message, validation.keys, facts)
    // celebrate: one `{ source, keys, message }` per part of the request.
    else for (const part of Object.values(validation)) if (isObject(part)) readJoi(part.message, part.keys, facts)
  } else if (body.code === 'FST_ERR_VALIDATION' && typeof message === 'string') {
    // The first maxFields sentences, as NestJS's and joi's are read.
    for (const sentence of message.split(ajvSentence, maxFields)) {
      const [, plain, other = '', text = ''] = ajvHead.exec(sentence) ?? []
      const missing = required.exec(text)?.[1]
      const path = (plain ?? other).replace(slashes, '.')
      if (text) addFieldError(facts, plain && !missing ? path : fieldPath(missing ? `${path}.${missing}` : path), text)
    }
  }
  for (const [, at, text] of str(body.error)?.matchAll(goValidator) ?? []) addFieldError(facts, fieldPath(at), text)
}
