/**
 * Whether two BCP 47 tags name the same language (`fr-CA` and `fr` do):
 * the reader's and the API's, compared before the server's words are shown.
 *
 * @example
 * ```ts
 * sameLanguage('fr-CA', 'fr') // true
 * ```
 */
export function sameLanguage(a: string, b: string): boolean {
  const primary = (tag: string) => tag.trim().toLowerCase().split(/[-_]/)[0]
  return primary(a) === primary(b)
}
