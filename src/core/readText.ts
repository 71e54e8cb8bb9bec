/** The default bound on a body: 1 MiB. */
export const maxBodyBytes = 1024 * 1024

// One decoder for every body: a decode without `stream` keeps no state, and a
// decoder made per error was garbage. Made on first use, so importing costs nothing.
let decoder: TextDecoder | undefined
export const decode = (bytes: Uint8Array): string => (decoder ??= new TextDecoder()).decode(bytes)

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
  for (let next; read < maxBytes && !(next = await reader.read()).done; read += next.value.byteLength) chunks.push(next.value)
  // Enough: stop our branch of the tee; the caller's stays whole.
  if (read >= maxBytes) void reader.cancel().catch(() => undefined)
  // One decode of the whole: Node's TextDecoder is about 7x slower when
  // decoding as a stream, chunk by chunk.
  let bytes = chunks[0] ?? new Uint8Array()
  if (chunks.length > 1) {
    bytes = new Uint8Array(read)
    let offset = 0
    for (const chunk of chunks) {
      bytes.set(chunk, offset)
      offset += chunk.byteLength
    }
  }
  return decode(bytes.subarray(0, maxBytes))
}
