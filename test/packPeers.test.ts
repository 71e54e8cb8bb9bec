// react-error-boundary is a peer (`^4 || ^5 || ^6`) so an app already on
// another major keeps one copy, and `useErrorBoundary` in the app reaches our
// boundary. This runs QueryErrorBoundary on each major the range names: 4 and
// 5 are installed beside 6 under aliases (react-error-boundary-v4, -v5).
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { fireEvent, render, screen } from '@testing-library/react'
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createElement } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { takeConsoleErrors } from './console.js'

const repo = join(dirname(fileURLToPath(import.meta.url)), '..')
const manifest = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as {
  peerDependencies: Record<string, string>
  dependencies?: Record<string, string>
}

const copies = [
  ['4', 'react-error-boundary-v4'],
  ['5', 'react-error-boundary-v5'],
  ['6', 'react-error-boundary'],
] as const

describe('react-error-boundary as a peer', () => {
  it('is a peer whose range names each major tested here, and not a dependency', () => {
    expect(manifest.dependencies?.['react-error-boundary']).toBeUndefined()
    const range = manifest.peerDependencies['react-error-boundary']
    for (const [major] of copies) expect(range).toContain(`^${major}.`)
  })

  it.each(copies)('QueryErrorBoundary on react-error-boundary %s shows the alert and its retry renders the content again', async (major, copy) => {
    const installed = JSON.parse(readFileSync(join(repo, 'node_modules', copy, 'package.json'), 'utf8')) as { version: string }
    expect(installed.version.split('.')[0]).toBe(major)
    vi.resetModules()
    vi.doMock('react-error-boundary', () => import(copy))
    const { QueryErrorBoundary } = await import('../src/components/QueryErrorBoundary.js')
    // The boundary's import now is that copy.
    const [used, wanted] = await Promise.all([import('react-error-boundary'), import(copy)])
    expect(used.ErrorBoundary).toBe((wanted as { ErrorBoundary: unknown }).ErrorBoundary)
    let broken = true
    function Stations() {
      if (broken) throw Object.assign(new Error('Service Unavailable'), { status: 503 })
      return createElement('p', null, 'Kew, Richmond')
    }
    render(
      createElement(
        QueryClientProvider,
        { client: new QueryClient() },
        createElement(QueryErrorBoundary, { onReset: () => void (broken = false) }, createElement(Stations)),
      ),
    )
    expect(await screen.findByRole('alert')).toBeInTheDocument()
    // React reports the caught error; that is the boundary working.
    expect(takeConsoleErrors().length).toBeGreaterThan(0)
    fireEvent.click(screen.getByRole('button', { name: /try again/i }))
    expect(await screen.findByText('Kew, Richmond')).toBeInTheDocument()
    vi.doUnmock('react-error-boundary')
  })
})
