import { useQuery } from '@tanstack/react-query'
import { ErrorMessage } from '../../src/components/ErrorMessage.js'
import { failureNames, type SeedApi } from '../api/index.js'
import { seedFetch, withFailure } from './seedFetch.js'

/**
 * Every failure a seed API documents, each fetched live from the emulated API
 * and rendered by the library: what a user of that API will see.
 */
export function SeedGallery({ api }: { api: SeedApi }) {
  return (
    <section aria-labelledby="gallery-title" className="story-gallery">
      <h2 id="gallery-title">{api.name} (seed {api.seed})</h2>
      <ul className="story-cards">
        {failureNames(api).map((name) => (
          <li key={name} className="story-card">
            <ScenarioCard api={api} name={name} />
          </li>
        ))}
      </ul>
    </section>
  )
}

function ScenarioCard({ api, name }: { api: SeedApi; name: string }) {
  const path = withFailure(api.sample, name)
  const query = useQuery({ queryKey: [path], queryFn: () => seedFetch(path) })
  const scenario = api.scenarios[name] ?? api.behaviours[name]
  const status = api.scenarios[name]?.status
  return (
    <article aria-label={name}>
      <h3>
        <code>{name}</code>
        {status !== undefined && <span className="story-status"> · {status}</span>}
      </h3>
      <p className="story-summary">{scenario?.summary ?? 'The connection drops: no response at all.'}</p>
      {query.isPending ? <p>Loading…</p> : query.isError ? <ErrorMessage error={query.error} /> : <p>Loaded.</p>}
    </article>
  )
}
