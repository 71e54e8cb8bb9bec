/**
 * Up to `maxBytes` of a response's body as text, read from a clone so the
 * caller can still read it. `undefined` when there is no body or it was
 * already read. Rejects when reading fails.
 */
export async function readText(response: Response, maxBytes: number): Promise<string | undefined> {
  if (response.bodyUsed || !response.body) return undefined
  const reader = response.clone().body!.getReader()
  // Decoding as chunks arrive costs less than gathering them in a Blob (Node's Blob is slow to make).
  const decoder = new TextDecoder()
  let text = ''
  let read = 0
  for (let next; !(next = await reader.read()).done; ) {
    text += decoder.decode(next.value.subarray(0, maxBytes - read), { stream: true })
    // Enough: stop our branch of the tee; the caller's stays whole.
    if ((read += next.value.byteLength) >= maxBytes) {
      void reader.cancel().catch(() => undefined)
      break
    }
  }
  return text + decoder.decode()
}
