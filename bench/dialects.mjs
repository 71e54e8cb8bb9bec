// `npm run bench` (issue 12): toApiError on 600-field validation bodies in
// each framework's own shape, against the floor any classifier pays,
// response.clone() + text() + JSON.parse. Goal: at most 2.5x the floor.
// Figures are the best of 8 rounds of 100 ms of CPU time, in alternating order.
import { toApiError } from './core.mjs'
import { measure } from './measure.mjs'

const n = 600
const each = (make) => Array.from({ length: n }, (_, i) => make(i))
const bodies = {
  'RFC 9457 errors[{ detail, pointer }]': { type: 'about:blank', title: 'Invalid', errors: each((i) => ({ detail: 'must be a positive integer', pointer: `#/items/${i}/quantity` })) },
  'DRF many=True (one map per item)': { items: each((i) => (i % 3 ? { name: ['This field is required.'] } : {})) },
  'NestJS message[]': { statusCode: 400, error: 'Bad Request', message: each((i) => `items.${i}.name should not be empty`) },
  'Laravel errors map': { message: 'The items.0.name field is required. (and 599 more errors)', errors: Object.fromEntries(each((i) => [`items.${i}.name`, [`The items.${i}.name field is required.`]])) },
  'FastAPI detail[].loc': { detail: each((i) => ({ type: 'missing', loc: ['body', 'items', i, 'name'], msg: 'Field required', input: {} })) },
  'ASP.NET Core errors map': { title: 'One or more validation errors occurred.', status: 400, errors: Object.fromEntries(each((i) => [`Items[${i}].Name`, ['The Name field is required.']])) },
  'hapi (joi message + keys)': { statusCode: 400, error: 'Bad Request', message: each((i) => `"items[${i}].name" is not allowed to be empty`).join('. '), validation: { source: 'payload', keys: each((i) => `items.${i}.name`) } },
  'fastify FST_ERR_VALIDATION': { statusCode: 400, code: 'FST_ERR_VALIDATION', error: 'Bad Request', message: each((i) => `body/items/${i}/name must NOT have fewer than 1 characters`).join(', ') },
  'hono + Zod 4 (issues as JSON text)': { success: false, error: { name: 'ZodError', message: JSON.stringify(each((i) => ({ origin: 'string', code: 'too_small', minimum: 1, inclusive: true, path: ['items', i, 'name'], message: 'Too small: expected string to have >=1 characters' })), null, 2) } },
}
const goal = 2.5
let missed = false

for (const [name, body] of Object.entries(bodies)) {
  const bytes = new TextEncoder().encode(JSON.stringify(body))
  const respond = () => new Response(bytes, { status: 400, headers: { 'content-type': 'application/json' } })
  // A benchmark of a broken classifier measures nothing: the classifier keeps 200 fields.
  const fields = Object.keys((await toApiError(respond())).fieldErrors).length
  if (fields !== 200) throw new Error(`${name}: ${fields} fields`)
  const tasks = { floor: async () => JSON.parse(await respond().clone().text()), toApiError: () => toApiError(respond()) }
  const best = await measure(tasks, { warmUp: 200, rounds: 8, ms: 100 })
  const ratio = best.toApiError / best.floor
  missed ||= ratio > goal
  const us = (ms) => `${(ms * 1000).toFixed(0)} µs`
  console.log(`${ratio <= goal ? 'ok  ' : 'SLOW'} ${name}, ${(bytes.byteLength / 1024).toFixed(0)} KB: ${ratio.toFixed(2)}x the floor, goal ${goal}x (toApiError ${us(best.toApiError)}, floor ${us(best.floor)})`)
}
// Figures on a shared machine wander: a miss is printed, not fatal.
if (missed) console.log('Some goals were missed on this run.')
