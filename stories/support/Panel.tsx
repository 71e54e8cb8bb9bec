import { useQuery } from '@tanstack/react-query'
import { useId, type ReactNode } from 'react'
import { ErrorAlert, QueryErrorBoundary } from '../../src/index.js'
import { seedFetch } from './seedFetch.js'

/**
 * A dashboard panel loading one endpoint of an emulated API. While the
 * library's retry policy waits (a Retry-After, a backoff) the panel shows the
 * failure with the countdown to the automatic retry; a failure that will not
 * be retried reaches the panel's `QueryErrorBoundary`.
 */
export function Panel<T>({ title, path, wide, children }: { title: string; path: string; wide?: boolean; children: (data: T) => ReactNode }) {
  const id = useId()
  return (
    <section aria-labelledby={id} className={wide ? 'story-panel story-panel--wide' : 'story-panel'}>
      <h2 id={id}>{title}</h2>
      <QueryErrorBoundary headingLevel={3} resetKeys={[path]}>
        <PanelBody path={path}>{children}</PanelBody>
      </QueryErrorBoundary>
    </section>
  )
}

function PanelBody<T>({ path, children }: { path: string; children: (data: T) => ReactNode }) {
  const query = useQuery({ queryKey: [path], queryFn: () => seedFetch<T>(path) })
  if (query.isSuccess) return <>{children(query.data)}</>
  // The failure being retried (with its countdown), then the final one; "Loading…" until then.
  return <ErrorAlert query={query} headingLevel={3} variant="compact" pending={<p>Loading…</p>} />
}
