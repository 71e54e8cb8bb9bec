// A JSON pointer's start, with JSON:API's `/data/attributes/` prefix.
const pointer = /^#?\/(?:data\/(?:attributes|relationships)(?:\/|$))?/
// Where a request's part (not a field) opens a location: FastAPI's `loc`,
// a pointer such as `/body/name`.
const part = /^(?:body|query|path|header|cookie)\.(?=.)/
// A dotted name that needs no change: no brackets, pointer, empty segment or request part.
const plain = /^(?!(?:body|query|path|header|cookie)\.)[\w-]+(?:\.[\w-]+)*$/
// Empty segments: leading dots, and a dot before another or at the end.
const empty = /^\.+|\.(?=\.|$)/g

/**
 * A field's location, flattened to a dotted path: `items[0].name`,
 * `#/items/0/name`, `/data/attributes/items/0/name` and
 * `['body', 'items', 0, 'name']` all become `items.0.name`.
 */
export function fieldPath(location: unknown): string | undefined {
  // Most paths are already dotted names (`email`, `items.0.name`): one test instead of four replaces.
  if (typeof location === 'string' && plain.test(location)) return location
  let path: string
  if (Array.isArray(location)) {
    path = location.filter((s) => typeof s === 'string' || typeof s === 'number').join('.')
  } else if (typeof location !== 'string') {
    return undefined
  } else if (pointer.test(location)) {
    path = location.replace(pointer, '').replace(/\//g, '.')
    // A pointer in a URI fragment is percent-encoded (RFC 6901 §6).
    if (location[0] === '#' && path.includes('%')) {
      try {
        path = decodeURIComponent(path)
      } catch {
        // A malformed escape stays as it was sent.
      }
    }
    // `~1` is an escaped `/`: unescaped only once the separators became dots.
    if (path.includes('~')) path = path.replace(/~1/g, '/').replace(/~0/g, '~')
  } else {
    path = location.replace(/^\$\.?/, '').replace(/\[["']?([^\]"']*)["']?\]/g, '.$1')
  }
  // A pointer or an index made plain needs no more; else replaces rather
  // than split and join: they cost half as much.
  return plain.test(path) ? path : path.replace(part, '').replace(empty, '') || undefined
}
