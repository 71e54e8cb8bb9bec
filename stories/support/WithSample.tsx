import { useMemo, type ReactNode } from 'react'
import { ERROR_CATEGORIES, type ErrorCategory } from '../../src/index.js'
import { sampleError } from './samples.js'

/**
 * Hands its children one sample failure of `category`, made once per input,
 * so a countdown is not restarted by every render.
 */
export function WithSample({ category, retryAfterSeconds, children }: {
  category: ErrorCategory
  retryAfterSeconds?: number
  children: (error: unknown) => ReactNode
}) {
  const error = useMemo(() => sampleError(category, retryAfterSeconds), [category, retryAfterSeconds])
  return <>{children(error)}</>
}

/** One entry per category, in the contract's order, each under its own heading. */
export function EveryCategory({ children }: { children: (error: unknown, category: ErrorCategory) => ReactNode }) {
  return (
    <ul className="story-cards">
      {ERROR_CATEGORIES.map((category) => (
        <li key={category} className="story-card">
          <h2 className="story-card__name"><code>{category}</code></h2>
          <WithSample category={category}>{(error) => children(error, category)}</WithSample>
        </li>
      ))}
    </ul>
  )
}

/** The `category` control every component story shares. */
export const categoryArgType = {
  control: 'select',
  options: ERROR_CATEGORIES,
  description: 'Which kind of failure the story feeds the component (a sample from the seed APIs).',
  table: { category: 'story' },
} as const
