// `npm run bench`: toApiError(response) against the floor any classifier pays,
// response.clone() + text() + JSON.parse, on RFC 9457 problem documents of
// 326 bytes and 51 KB. Runs against the built dist/core.js. Goal: at most 1.15x
// the floor. Both sides make a fresh Response per iteration; its cost is printed.
// Figures are the best of 14 rounds, in alternating order.
import { Bench } from 'tinybench'
import { toApiError } from '../dist/core.js'

const headers = { 'content-type': 'application/problem+json', 'x-request-id': 'f058ebd6-02f7-4d3f-942e-904344e8cde5' }

/** A validation problem of `fields` field errors, padded to exactly `bytes` bytes by echoing the input (as pydantic does). */
function problemOf(bytes, fields) {
  const doc = {
    type: 'https://example.com/probs/invalid',
    title: 'Request failed validation.',
    status: 422,
    detail: `${fields} fields failed validation.`,
    instance: '/orders/42',
    errors: Array.from({ length: fields }, (_, i) => ({ detail: `must be a positive integer`, pointer: `#/items/${i}/quantity` })),
    input: '',
  }
  const pad = bytes - JSON.stringify(doc).length
  if (pad < 0) throw new Error(`a problem of ${fields} field errors is over ${bytes} bytes`)
  doc.input = 'x'.repeat(pad)
  const encoded = new TextEncoder().encode(JSON.stringify(doc))
  if (encoded.byteLength !== bytes) throw new Error(`expected ${bytes} bytes, made ${encoded.byteLength}`)
  return encoded
}

const documents = [
  { name: '326 B problem', bytes: problemOf(326, 2), fields: 2 },
  { name: '51 KB problem', bytes: problemOf(51 * 1024, 40), fields: 40 },
  // The stress case: as many field errors as fit in 51 KB (the classifier keeps 200).
  { name: '51 KB problem, 600 field errors', bytes: problemOf(51 * 1024, 600), fields: 200 },
]

for (const { name, bytes, fields } of documents) {
  const respond = () => new Response(bytes, { status: 422, headers })
  // A benchmark of a broken classifier measures nothing: check what it makes first.
  const error = await toApiError(respond())
  if (error.category !== 'validation' || Object.keys(error.fieldErrors).length !== fields) {
    throw new Error(`${name}: classified as ${error.category} with ${Object.keys(error.fieldErrors).length} fields`)
  }
  // Short rounds, alternating, best mean of each: the machine's other load comes and goes,
  // and one long round per task would charge it to whichever task ran during it.
  const best = { floor: Infinity, toApiError: Infinity, 'new Response': Infinity }
  // Each task starts from a collected heap (`node --expose-gc`), and the order
  // flips every round: otherwise the garbage one task made is collected, and
  // charged, during the task that runs after it.
  const collect = { beforeAll: () => globalThis.gc?.() }
  const tasks = [
    ['floor', async () => JSON.parse(await respond().clone().text())],
    ['toApiError', () => toApiError(respond())],
  ]
  for (let round = 0; round < 14; round++) {
    const bench = new Bench({ time: 250, warmupTime: round === 0 ? 300 : 50 })
    for (const [task, fn] of round % 2 ? tasks.toReversed() : tasks) bench.add(task, fn, collect)
    bench.add('new Response', () => void respond(), collect)
    await bench.run()
    for (const task of bench.tasks) best[task.name] = Math.min(best[task.name], task.result.latency.mean)
  }
  const { floor, toApiError: ours, 'new Response': making } = best
  const us = (ms) => `${(ms * 1000).toFixed(1)} µs`
  console.log(
    `${name}: toApiError ${(ours / floor).toFixed(2)}x the floor ` +
      `(toApiError ${us(ours)}, floor ${us(floor)}, of which new Response ${us(making)})`,
  )
}
