/** Whether text is markup (an HTML error page, XML, a script) rather than words for people. */
export const isMarkup = (text: string): boolean => /<\/?[a-z!?][^>]*>/i.test(text)

/**
 * The body as text, parsed when it is JSON. The body decides, not the
 * Content-Type: a JSON body served as `text/plain` is JSON, an HTML page served
 * as `application/json` is still HTML. Bad or truncated JSON stays text.
 */
export function parseBody(text: string): { json: true; value: unknown } | { json: false; value: string } {
  const start = text.trimStart()[0]
  if (start === '{' || start === '[' || start === '"') {
    try {
      return { json: true, value: JSON.parse(text) as unknown }
    } catch {
      // Falls through: the caller sees text that looks like JSON and is not.
    }
  }
  return { json: false, value: text }
}

/**
 * The message a non-JSON body gives: plain text as it is; nothing for markup
 * or for something that looked like JSON but did not parse.
 */
export function textMessage(text: string): string {
  const start = text.trimStart()[0]
  return start === '{' || start === '[' || isMarkup(text) ? '' : text
}
