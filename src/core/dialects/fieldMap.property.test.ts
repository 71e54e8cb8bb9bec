// Issue 12: any nesting of maps and lists gives bounded, dotted field paths,
// each one the way to a message in the body, and never throws.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { readBodyFacts } from './readBodyFacts.js'

const runs = Number(process.env.FUZZ_RUNS ?? 150)
// Keys as serializers name fields (not the words an error item's text sits under, nor DRF's own keys).
const key = fc.constantFrom('name', 'email', 'items', 'address', 'city', 'postal_code', 'tags', 'x1', 'Name', 'items_2')
const message = fc.constantFrom('This field is required.', 'Enter a valid email address.', 'Ensure this field has no more than 40 characters.')

const { tree } = fc.letrec<{ tree: unknown; map: Record<string, unknown> }>((tie) => ({
  tree: fc.oneof({ depthSize: 'small', withCrossShrink: true }, fc.array(message, { minLength: 1, maxLength: 3 }), tie('map'), fc.array(tie('map'), { maxLength: 4 })),
  map: fc.dictionary(key, tie('tree'), { maxKeys: 4 }),
}))

/** Every dotted way to a message, as DRF nests them: map keys and list indexes. */
function ways(value: unknown, at: string[] = [], out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((item, i) => (typeof item === 'string' ? out.add(at.join('.')) : ways(item, [...at, String(i)], out)))
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) ways(v, [...at, k], out)
  return out
}

describe('field maps, any nesting', () => {
  it('give dotted paths that each lead to a message, bounded in number and length', () => {
    fc.assert(
      fc.property(fc.dictionary(key, tree, { minKeys: 1, maxKeys: 5 }), (body) => {
        const facts = readBodyFacts({ errors: body }, 422)
        const paths = Object.keys(facts.fieldErrors)
        const expected = ways(body)
        expect(paths.length).toBeLessThanOrEqual(200)
        for (const path of paths) {
          expect(path).toMatch(/^\w+(?:\.\w+)*$/)
          expect(path.length).toBeLessThanOrEqual(10 * 9)
          expect(expected.has(path)).toBe(true)
          for (const text of facts.fieldErrors[path]!) expect(text.length).toBeLessThanOrEqual(500)
        }
        // Nothing deeper than the reader goes is lost without bound: every shallow way is read.
        for (const way of expected) if (way.split('.').length <= 9) expect(paths).toContain(way)
      }),
      { numRuns: runs },
    )
  }, 30_000)

  it('never throw, whatever the values, keys and depth', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 12 }), fc.constantFrom(200, 400, 409, 422, 500), (value, status) => {
        const facts = readBodyFacts({ errors: value, detail: value, message: value, validation: value }, status)
        expect(Object.keys(facts.fieldErrors).length).toBeLessThanOrEqual(200)
        expect(facts.formErrors?.length ?? 0).toBeLessThanOrEqual(20)
        for (const path of Object.keys(facts.fieldErrors)) {
          expect(path).not.toMatch(/^\.|\.\.|\.$/)
          expect(path.length).toBeLessThanOrEqual(500)
        }
        readBodyFacts(value, status)
      }),
      { numRuns: runs * 4 },
    )
  }, 30_000)

  it('bound a path made of long keys', () => {
    expect(Object.keys(readBodyFacts({ errors: { ['k'.repeat(2000)]: { ['j'.repeat(2000)]: ['Required.'] } } }, 422).fieldErrors)[0]).toHaveLength(500)
  })
})
