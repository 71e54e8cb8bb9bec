// Where a request's part (not a field) opens a location: FastAPI's `loc`,
// a pointer such as `/body/name`.
const parts = new Set(['body', 'query', 'path', 'header', 'cookie'])

/**
 * A field's location, flattened to a dotted path: `items[0].name`,
 * `#/items/0/name`, `/data/attributes/items/0/name` and
 * `['body', 'items', 0, 'name']` all become `items.0.name`.
 */
export function fieldPath(location: unknown): string | undefined {
  let segments: string[]
  if (Array.isArray(location)) {
    segments = location.filter((s) => typeof s === 'string' || typeof s === 'number').map(String)
  } else if (typeof location === 'string') {
    if (/^#?\//.test(location)) {
      segments = location.replace(/^#?\//, '').split('/')
      // Few pointers escape anything; unescaping every segment anyway doubled the cost of a long list.
      if (location.includes('~')) segments = segments.map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
      if (segments[0] === 'data' && (segments[1] === 'attributes' || segments[1] === 'relationships')) segments.splice(0, 2)
    } else {
      segments = location.replace(/^\$\.?/, '').replace(/\[["']?([^\]"']*)["']?\]/g, '.$1').split('.')
    }
  } else {
    return undefined
  }
  if (segments.length > 1 && parts.has(segments[0]!)) segments.shift()
  const path = segments.filter(Boolean).join('.')
  return path || undefined
}
