/**
 * Up to `maxBytes` of a response's body as text, read from a clone so the
 * caller can still read it. `undefined` when there is no body, it was already
 * read, or reading failed.
 */
export async function readText(response: Response, maxBytes: number): Promise<string | undefined> {
  if (response.bodyUsed || !response.body) return undefined
  const length = Number(response.headers.get('content-length'))
  // The common case, a declared and modest length, reads fastest in one call.
  if (length > 0 && length <= maxBytes) return response.clone().text()
  const reader = response.clone().body!.getReader()
  const decoder = new TextDecoder()
  let text = ''
  let read = 0
  try {
    while (read < maxBytes) {
      const { done, value } = await reader.read()
      if (done) return text + decoder.decode()
      const chunk = value.byteLength > maxBytes - read ? value.subarray(0, maxBytes - read) : value
      read += chunk.byteLength
      text += decoder.decode(chunk, { stream: true })
    }
    return text + decoder.decode()
  } finally {
    // Stops our branch of the tee; the caller's stays whole.
    void reader.cancel().catch(() => undefined)
  }
}
