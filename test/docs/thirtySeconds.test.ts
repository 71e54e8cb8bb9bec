// @vitest-environment node
// The README's "In 30 seconds" example, exactly as printed, is App.tsx of a
// Vite app built from the packed tarball, served with a stub API on
// 127.0.0.1 and run in Debian's Chromium: a 404 shows an alert after one
// request; a 429 with `Retry-After: 3` shows a countdown, then the stations.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { extname, join, normalize } from 'node:path'
import { chromium, type Browser, type Page } from 'playwright-core'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { classifyError } from '../../src/core/index.js'
import { describeError } from '../../src/messages/describeError.js'
import { chromiumLaunch, packedApp, repo, run } from '../packTarball.js'
import { thirtySecondExample } from './codeBlocks.js'

type Answer = { status: number; headers?: Record<string, string>; body: unknown }

let work = ''
let site = ''
let server: Server | undefined
let base = ''
let browser: Browser | undefined
/** What /api/stations answers, in order; the last answer repeats. */
let answers: Answer[] = []
let requests = 0

const stations = [{ id: 'kew', name: 'Kew Gardens' }]

// The example's app around it: the list it renders stations with. It is a
// free name in the example, so it is a global here.
const main = `import { createElement } from 'react'
import { createRoot } from 'react-dom/client'

Object.assign(globalThis, {
  StationList: ({ stations }) => createElement('ul', { id: 'stations' }, (stations ?? []).map((station) => createElement('li', { key: station.id }, station.name))),
})
import('./App.tsx').then((example) => createRoot(document.getElementById('root')).render(createElement(example.App ?? example.default)))
`

const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' }

beforeAll(async () => {
  let app = ''
  ;({ work, app } = packedApp('react-api-errors-30s-', ['vite', '@vitejs/plugin-react']))
  mkdirSync(join(app, 'src'))
  writeFileSync(join(app, 'src/App.tsx'), thirtySecondExample().code)
  writeFileSync(join(app, 'src/main.jsx'), main)
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'thirty-seconds', private: true, type: 'module' }))
  writeFileSync(join(app, 'vite.config.js'), "import react from '@vitejs/plugin-react'\nexport default { plugins: [react()] }\n")
  writeFileSync(join(app, 'index.html'), '<!doctype html><html lang="en"><head><title>Stations</title></head><body><div id="root"></div><script type="module" src="/src/main.jsx"></script></body></html>')
  run(process.execPath, [join(repo, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'error'], app)
  site = join(app, 'dist')

  server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname
    if (path === '/api/stations') {
      const answer = answers[Math.min(requests++, answers.length - 1)]!
      response.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers })
      response.end(JSON.stringify(answer.body))
      return
    }
    const file = normalize(join(site, path === '/' ? 'index.html' : path))
    let content: Buffer
    try {
      if (!file.startsWith(site)) throw new Error('outside the site')
      content = readFileSync(file)
    } catch {
      response.writeHead(404).end()
      return
    }
    response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' })
    response.end(content)
  })
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`
  browser = await chromium.launch(chromiumLaunch)
}, 240_000)

afterAll(async () => {
  await browser?.close()
  await new Promise((resolve) => server?.close(resolve))
  if (work) rmSync(work, { recursive: true, force: true })
})

beforeEach(() => {
  requests = 0
})

/** Opens the app; what the page threw (an `Uncaught ApiError` blanks it) is collected. */
async function open(): Promise<{ page: Page; thrown: string[] }> {
  const page = await browser!.newPage()
  const thrown: string[] = []
  page.on('pageerror', (error) => thrown.push(String(error)))
  await page.goto(base)
  return { page, thrown }
}

describe('the README’s 30-second example as an app', () => {
  it('shows an alert for a 404 after one request, and stays on the page', async () => {
    answers = [{ status: 404, headers: { 'content-type': 'application/problem+json' }, body: { type: 'about:blank', title: 'Not Found', status: 404 } }]
    const { page, thrown } = await open()
    try {
      const alert = page.getByRole('alert').first()
      await alert.waitFor({ timeout: 10_000 })
      expect(await alert.textContent()).toContain(describeError(classifyError({ status: 404 })).title)
      // Not retried: a 404 does not get better by asking again.
      await page.waitForTimeout(1500)
      expect(requests).toBe(1)
      expect(thrown).toEqual([])
    } finally {
      await page.close()
    }
  }, 30_000)

  it('shows a visible countdown during a 429 with Retry-After: 3, then the stations', async () => {
    answers = [
      { status: 429, headers: { 'retry-after': '3' }, body: { error: 'rate_limit_exceeded', message: 'Too many requests' } },
      { status: 200, body: stations },
    ]
    const { page, thrown } = await open()
    try {
      // While TanStack Query waits out Retry-After, the page says how long is left, and the number goes down.
      const seconds = async () => {
        const text = (await page.locator('#root').textContent()) ?? ''
        const match = /(\d+)\s*(s\b|sec|second)|0:0(\d)/i.exec(text)
        return match ? Number(match[1] ?? match[3]) : undefined
      }
      await expect.poll(seconds, { timeout: 2500, interval: 100 }).toBeGreaterThanOrEqual(2)
      const first = (await seconds())!
      await expect.poll(seconds, { timeout: 2500, interval: 100 }).toBeLessThan(first)
      expect(requests).toBe(1)
      await page.getByText('Kew Gardens').waitFor({ timeout: 6000 })
      expect(requests).toBe(2)
      expect(await page.getByRole('alert').count()).toBe(0)
      expect(thrown).toEqual([])
    } finally {
      await page.close()
    }
  }, 30_000)
})
