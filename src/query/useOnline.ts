import { onlineManager } from '@tanstack/react-query'
import { useSyncExternalStore } from 'react'

const subscribe = (onChange: () => void) => onlineManager.subscribe(onChange)
const isOnline = () => onlineManager.isOnline()
// The server renders as if online: it has no network to lose.
const onServer = () => true

/**
 * Whether TanStack Query thinks the browser is online: its `onlineManager`,
 * which pauses queries and their retries while offline and resumes them on
 * the `online` event. Re-renders its caller when that changes.
 *
 * @example
 * ```tsx
 * const online = useOnline()
 * return online ? null : <p>You're offline; we'll try again when you're back.</p>
 * ```
 */
export function useOnline(): boolean {
  return useSyncExternalStore(subscribe, isOnline, onServer)
}
