import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { useState } from 'react'
import type { Decorator } from '@storybook/react-vite'

/**
 * A fresh, real QueryClient per story, so no story sees another's cache. The
 * story's `parameters.query` sets its default query options.
 *
 * @example
 * ```tsx
 * export default { decorators: [withQueryClient], parameters: { query: { retry: false } } }
 * ```
 */
export const withQueryClient: Decorator = (Story, context) => {
  const options = (context.parameters.query ?? {}) as Record<string, unknown>
  return (
    <FreshQueryClient options={options}>
      <Story />
    </FreshQueryClient>
  )
}

function FreshQueryClient({ options, children }: { options: Record<string, unknown>; children: React.ReactNode }) {
  const [client] = useState(() => new QueryClient({ defaultOptions: { queries: { retry: false, ...options }, mutations: { retry: false } } }))
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>
}
