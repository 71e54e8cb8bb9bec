import { QueryClientContext, type QueryClient } from '@tanstack/react-query'
import { createContext, useContext, useEffect, type ReactNode } from 'react'
import { ApiErrorsProvider as ConfigProvider, useApiErrorsConfig, type ApiErrorsConfig } from '../context/ApiErrorsProvider.js'
import { shareClassify } from './sharedClassify.js'

// The client a provider above already shares its options with. The client's
// defaults serve the whole app, so the outermost provider under a
// QueryClientProvider speaks for it; an inner one's options reach only the
// hooks and components under it.
const SharedWith = createContext<QueryClient | undefined>(undefined)

function ShareWithClient({ client }: { client: QueryClient }) {
  const { classify } = useApiErrorsConfig()
  // A sibling before the children: its effect runs before theirs, so before their queries fetch.
  useEffect(() => shareClassify(client, classify), [client, classify])
  return null
}

/**
 * Gives hooks and components the app's messages, classifier options, API
 * profiles and callbacks (see `ApiErrorsConfig`). Inside a
 * `QueryClientProvider` it also shares its `classify` options and `profiles`
 * with that client, so the retry policy, `throwToBoundary` and the reports
 * that `withApiErrorDefaults` installs, and `withApiErrors`, classify with
 * them too (options given to those in code win where both set one). A
 * provider inside another inherits what it does not set; its `messages` are
 * merged over the outer ones and its `profiles` come before the outer ones.
 *
 * @example
 * ```tsx
 * <QueryClientProvider client={queryClient}>
 *   <ApiErrorsProvider onSignIn={signIn} profiles={[persium]} classify={{ adapters: [trpcAdapter] }}>
 *     <Dashboard />
 *   </ApiErrorsProvider>
 * </QueryClientProvider>
 * ```
 */
export function ApiErrorsProvider({ children, ...config }: ApiErrorsConfig & { children?: ReactNode }) {
  const client = useContext(QueryClientContext)
  const sharedAbove = useContext(SharedWith)
  const shares = client !== undefined && client !== sharedAbove
  return (
    <ConfigProvider {...config}>
      {shares && <ShareWithClient client={client} />}
      <SharedWith.Provider value={shares ? client : sharedAbove}>{children}</SharedWith.Provider>
    </ConfigProvider>
  )
}
