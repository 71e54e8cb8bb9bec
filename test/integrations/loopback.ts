import { createServer, type IncomingMessage, type RequestListener, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll } from 'vitest'

/** A server on 127.0.0.1 at a port the system picks, for the integration tests. */
export interface Loopback {
  /** `http://127.0.0.1:PORT` */
  url: string
  close: () => Promise<void>
}

/** Starts `handler` (a Node request listener: express-, yoga- and tRPC-style handlers all are) on loopback. */
export async function startLoopback(handler: RequestListener): Promise<Loopback> {
  const server = createServer(handler)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

/**
 * A loopback server for the calling test file, as `setupTestServer` gives an
 * MSW one (which would stand in for the real servers these tests run): it
 * starts before the file's tests (and before its later `beforeAll`s) and
 * closes after them. `url` reads as `http://127.0.0.1:PORT` once started.
 */
export function setupLoopback(handler: RequestListener): { readonly url: string } {
  let started: Loopback | undefined
  beforeAll(async () => {
    started = await startLoopback(handler)
  })
  afterAll(() => started?.close())
  return {
    get url() {
      if (!started) throw new Error('The loopback server starts in beforeAll: read its url in a test or a later hook.')
      return started.url
    },
  }
}

/** Sends a JSON body (or text, when `body` is a string) with a status and headers. */
export function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = typeof body === 'string' ? body : JSON.stringify(body)
  const type = typeof body === 'string' ? 'text/plain' : 'application/json'
  res.writeHead(status, { 'content-type': type, ...headers }).end(text)
}

/** The request's body as text. */
export async function readBody(req: IncomingMessage): Promise<string> {
  let text = ''
  for await (const chunk of req) text += String(chunk)
  return text
}
