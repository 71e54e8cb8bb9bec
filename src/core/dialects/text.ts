/** Whether text is markup (an HTML error page, XML, a script) rather than words for people. */
export const isMarkup = (text: string): boolean => /<\/?[a-z!?][^>]*>/i.test(text)

const looksLikeJson = (text: string) => /^\s*[[{"]/.test(text)

/**
 * The body, parsed when it is JSON. The body decides, not the Content-Type: a
 * JSON body served as `text/plain` is JSON, an HTML page served as
 * `application/json` is still HTML. Bad or truncated JSON stays text.
 */
export function parseBody(text: string): unknown {
  if (looksLikeJson(text)) {
    try {
      return JSON.parse(text) as unknown
    } catch {
      // Stays text; `textMessage` gives it no message.
    }
  }
  return text
}

/**
 * The message a text body gives: plain text as it is; nothing for markup or
 * for something that looked like JSON but did not parse.
 */
export const textMessage = (text: string): string => (looksLikeJson(text) || isMarkup(text) ? '' : text)
