/**
 * Up to `maxBytes` of a response's body as text, read from a clone so the
 * caller can still read it. `undefined` when there is no body or it was
 * already read. Rejects when reading fails.
 */
export async function readText(response: Response, maxBytes: number): Promise<string | undefined> {
  if (response.bodyUsed || !response.body) return undefined
  const reader = response.clone().body!.getReader()
  const chunks: Uint8Array[] = []
  let read = 0
  try {
    for (let next; read < maxBytes && !(next = await reader.read()).done; read += next.value.byteLength) chunks.push(next.value)
  } finally {
    // Stops our branch of the tee once we have enough; the caller's stays whole.
    void reader.cancel().catch(() => undefined)
  }
  return new Blob(chunks as BlobPart[]).slice(0, maxBytes).text()
}
