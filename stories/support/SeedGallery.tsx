import { useQuery } from '@tanstack/react-query'
import { ErrorAlert } from '../../src/index.js'
import { evEnergy, failureNames, jobsApi, persium, perspio, timeSeries, type SeedApi } from '../api/index.js'
import { seedFetch, withFailure } from './seedFetch.js'

const seedApisByKey: Record<string, SeedApi> = { persium, perspio, evEnergy, jobsApi, timeSeries }

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
      {query.errorUpdateCount > 0 && <p className="story-summary">Failed responses: {query.errorUpdateCount}</p>}
      {query.isPending ? <p>Loading…</p> : query.isError ? <ErrorAlert error={query.error} headingLevel={4} onRetry={() => query.refetch()} /> : <p>Loaded.</p>}
    </article>
  )
}

/**
 * One scenario of one API, chosen by a story control as `api/name`: the
 * request, the status, and what the library shows, with "Try again" going
 * back to the emulated server (so behaviours over time play out).
 */
export function SeedScenario({ scenario }: { scenario: string }) {
  const [base, name] = scenario.split('/') as [string, string]
  const api = seedApisByKey[base]!
  return (
    <section aria-labelledby="scenario-title">
      <h2 id="scenario-title">{api.name}: <code>{name}</code></h2>
      <p className="story-summary"><code>GET {withFailure(api.sample, name)}</code></p>
      <ScenarioCard api={api} name={name} />
    </section>
  )
}

/** Every `api/name` a story control can pick. */
export const scenarioOptions = Object.entries(seedApisByKey).flatMap(([key, api]) => failureNames(api).map((name) => `${key}/${name}`))
