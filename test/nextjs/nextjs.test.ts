// @vitest-environment node
// A real Next.js App Router app (test/nextjs/fixture) built by `next build`
// from the packed tarball and started by `next start` on 127.0.0.1: a Server
// Component page rendering ErrorAlert, a client component with useQuery and
// the hooks, a route handler using toApiError, and a server action whose
// failure the client shows with its category and field errors. Offline:
// Next's SWC binary is the @next/swc-* package npm installs; telemetry is off.
import { cpSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { join, parse, sep } from 'node:path'
import { spawn, type ChildProcess } from 'node:child_process'
import { chromium, type Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { classifyError } from '../../src/core/index.js'
import { describeError } from '../../src/messages/describeError.js'
import { chromiumLaunch, packedApp, repo, runAsync } from '../packTarball.js'

const env = { NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' }
let work = ''
let app = ''
let built = ''
let server: ChildProcess | undefined
let base = ''
let browser: Browser | undefined

/** A free loopback port (Next's `-p 0` does not say which it took). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.on('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number }
      probe.close(() => resolve(port))
    })
  })
}

/** The deepest folder holding both paths: Turbopack follows the app's links only inside its root. */
function commonRoot(a: string, b: string): string {
  const left = a.split(sep)
  const right = b.split(sep)
  let i = 0
  while (i < left.length && left[i] === right[i]) i++
  return left.slice(0, i).join(sep) || parse(a).root
}

/** Text of an HTML page, as a person reads it. */
function textOf(html: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
}

beforeAll(async () => {
  ;({ work, app } = packedApp('react-api-errors-next-', ['next']))
  cpSync(join(repo, 'test/nextjs/fixture'), app, { recursive: true })
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'next-app', private: true, type: 'module' }))
  const next = join(app, 'node_modules/next/dist/bin/next')
  built = await runAsync(process.execPath, [next, 'build'], app, { ...env, NEXT_FILES_ROOT: commonRoot(app, repo) })
  const port = await freePort()
  base = `http://127.0.0.1:${port}`
  server = spawn(process.execPath, [next, 'start', '-H', '127.0.0.1', '-p', String(port)], { cwd: app, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
  let log = ''
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`next start did not get ready:\n${log}`)), 30_000)
    const read = (chunk: Buffer) => {
      log += chunk.toString()
      if (/Ready in/.test(log)) {
        clearTimeout(timer)
        resolve()
      }
    }
    server!.stdout!.on('data', read)
    server!.stderr!.on('data', read)
    server!.on('exit', (code) => reject(new Error(`next start exited ${code}:\n${log}`)))
  })
  browser = await chromium.launch(chromiumLaunch)
}, 300_000)

afterAll(async () => {
  await browser?.close()
  server?.kill()
  if (work) rmSync(work, { recursive: true, force: true })
})

describe('a Next.js App Router app built from the packed tarball', () => {
  it('passes next build with every route', () => {
    for (const route of ['/api/stations', '/stations', '/vehicles']) expect(built).toContain(route)
  })

  it('renders ErrorAlert from a Server Component, with the classifier and the words run on the server', async () => {
    const response = await fetch(`${base}/`)
    const html = await response.text()
    expect(response.status).toBe(200)
    expect(html).not.toContain('__next_error__')
    const { title } = describeError(classifyError({ status: 503, headers: { 'retry-after': '30' }, body: 'Down for maintenance' }))
    const text = textOf(html)
    expect(text).toContain('Server page: unavailable')
    // Once from describeError on the server, once in the client component's server render.
    expect(text.split(title).length - 1).toBeGreaterThanOrEqual(2)
    expect(html).toContain('role="alert"')
  }, 30_000)

  it('classifies an upstream answer in a route handler with toApiError', async () => {
    const response = await fetch(`${base}/api/stations`)
    expect(response.status).toBe(404)
    expect(response.headers.get('x-request-id')).toBe('req_route')
    expect(await response.json()).toMatchObject({ category: 'not_found', status: 404, requestId: 'req_route', sameFromRoot: true })
  })

  it('shows a failed useQuery with the hooks in a client component', async () => {
    const page = await browser!.newPage()
    try {
      await page.goto(`${base}/stations`)
      await page.locator('#query-state').waitFor({ timeout: 15_000 })
      expect(await page.locator('#query-state').textContent()).toMatch(/category not_found, attempts 1, request req_route/)
      const { title } = describeError(classifyError({ status: 404 }))
      expect(await page.getByRole('alert').first().textContent()).toContain(title)
    } finally {
      await page.close()
    }
  }, 30_000)

  it('shows a server action’s failure with its category and field errors, revived from toJSON()', async () => {
    const page = await browser!.newPage()
    try {
      await page.goto(`${base}/vehicles`)
      await page.getByLabel('VIN').fill('WBA123')
      await page.getByRole('button', { name: 'Save' }).click()
      await page.locator('#action-state').waitFor({ timeout: 15_000 })
      expect(await page.locator('#action-state').textContent()).toBe('category validation, request req_action, revived true')
      // The summary and the field both say it; the input points at its message.
      await expect.poll(() => page.getByText('Must be 17 characters, not 6').count()).toBeGreaterThanOrEqual(2)
      expect(await page.getByLabel('VIN').getAttribute('aria-invalid')).toBe('true')
    } finally {
      await page.close()
    }
  }, 30_000)
})
