import { describe, expect, it } from 'vitest'
import { fieldPath } from './fieldPath.js'

describe('fieldPath', () => {
  it.each<[unknown, string | undefined]>([
    // Plain names, as field maps and express-validator's `path` give them.
    ['email', 'email'],
    ['address.city', 'address.city'],
    ['first-name', 'first-name'],
    // Brackets become dots (Laravel, qs, class-validator).
    ['items[0].name', 'items.0.name'],
    ["items['0'][\"name\"]", 'items.0.name'],
    // JSONPath, as OpenAPI validators report it.
    ['$.items[0].name', 'items.0.name'],
    // JSON pointers (RFC 6901): RFC 9457's `pointer`, JSON:API's `source.pointer`.
    ['#/items/0/quantity', 'items.0.quantity'],
    ['/items/0/quantity', 'items.0.quantity'],
    ['/data/attributes/first-name', 'first-name'],
    ['/data/relationships/author', 'author'],
    ['/body/name', 'name'],
    // `~1` is an escaped slash and `~0` an escaped tilde, unescaped in that order.
    ['/a~1b/c', 'a/b.c'],
    ['/a~01', 'a~1'],
    // A pointer in a URI fragment is percent-decoded first (RFC 6901 §6); a bad escape stays.
    ['#/items/0/first%20name', 'items.0.first name'],
    ['#/a%7E1b', 'a/b'],
    ['#/100%', '100%'],
    ['/first%20name', 'first%20name'],
    // FastAPI's `loc`: the request part goes, numbers stay.
    [['body', 'items', 0, 'name'], 'items.0.name'],
    [['query', 'limit'], 'limit'],
    // A request part alone is the field's name.
    ['body', 'body'],
    [['query'], 'query'],
    // Empty segments go.
    ['a..b', 'a.b'],
    ['...a', 'a'],
    ['//a/', 'a'],
    // Nothing to name a field.
    ['', undefined],
    ['#/', undefined],
    [[], undefined],
    [[null, {}], undefined],
    [42, undefined],
    [undefined, undefined],
  ])('flattens %j to %j', (location, path) => {
    expect(fieldPath(location)).toBe(path)
  })
})
