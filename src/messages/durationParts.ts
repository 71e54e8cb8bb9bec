/**
 * A wait split the way people say it: whole seconds rounded up (a wait of
 * 89.2 s is "1 min 30 s", never "89 seconds"), and from an hour on, whole
 * minutes rounded up (3,700 s is "1 h 2 min"). Zero parts are left out.
 *
 * @example
 * ```ts
 * durationParts(125_000) // [['min', 2], ['s', 5]]
 * ```
 */
export function durationParts(ms: number): ['h' | 'min' | 's', number][] {
  const seconds = Number.isFinite(ms) ? Math.max(0, Math.ceil(ms / 1000)) : 0
  if (seconds < 3600) {
    const parts: ['min' | 's', number][] = [['min', Math.floor(seconds / 60)], ['s', seconds % 60]]
    const shown = parts.filter(([, count]) => count > 0)
    return shown.length > 0 ? shown : [['s', 0]]
  }
  const minutes = Math.ceil(seconds / 60)
  return ([['h', Math.floor(minutes / 60)], ['min', minutes % 60]] as ['h' | 'min', number][]).filter(([, count]) => count > 0)
}
