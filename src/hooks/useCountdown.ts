import { useEffect, useLayoutEffect, useRef, useState } from 'react'

/**
 * What to count down to: a time (epoch ms or a `Date`), or a wait of `ms`
 * that starts when the hook first sees it (and again when `ms` or `key`
 * changes). `null` or `undefined`: nothing to wait for.
 */
export type CountdownTarget = number | Date | { ms: number; key?: unknown } | null | undefined

/** Where a countdown stands. */
export interface Countdown {
  /** Milliseconds left at the last tick (ticks fall on whole seconds left), 0 once done. */
  remainingMs: number
  /** Whole seconds left, rounded up: what to show. */
  seconds: number
  /** Whether the time has come (or there was nothing to wait for). */
  done: boolean
}

/** When the countdown ends (epoch ms); `undefined` while a wait has not started, or with nothing to wait for. */
function endOf(target: CountdownTarget, wait: { ms: number } | undefined, startedAt: number | undefined): number | undefined {
  if (wait) return startedAt === undefined ? undefined : startedAt + wait.ms
  if (target == null) return undefined
  return +target
}

// Layout effects would warn during server rendering on React 18; the
// countdown must be right before the first paint in the browser.
const useBrowserLayoutEffect = typeof document === 'undefined' ? useEffect : useLayoutEffect

/**
 * A live countdown. Only the component that calls it re-renders, once per
 * `intervalMs` (on the second boundaries, so `seconds` is never stale), and
 * no timer is left once it is done or unmounted.
 *
 * @example
 * ```tsx
 * function Wait({ until }: { until: number }) {
 *   const { seconds, done } = useCountdown(until)
 *   return <span>{done ? 'Ready' : `Try again in ${seconds} s`}</span>
 * }
 * useCountdown({ ms: error.retryAfterMs ?? 0, key: error }) // a wait from now
 * ```
 */
export function useCountdown(target: CountdownTarget, options: { intervalMs?: number } = {}): Countdown {
  const { intervalMs = 1000 } = options
  const wait = typeof target === 'object' && target !== null && !(target instanceof Date) ? target : undefined
  const [started, setStarted] = useState<{ ms: number; key: unknown; at: number }>()
  // Read once at mount; the effect keeps it current. A stale clock only ever
  // overstates the wait, never ends it early.
  const [now, setNow] = useState(Date.now)
  // The clock last rendered: a tick that would not change it renders nothing
  // (at mount, setting the same time would cost a second commit at the first tick).
  const rendered = useRef(now)

  const startedAt = wait && started?.ms === wait.ms && started.key === wait.key ? started.at : undefined
  const end = endOf(target, wait, startedAt)

  useBrowserLayoutEffect(() => {
    if (wait && startedAt === undefined) setStarted({ ms: wait.ms, key: wait.key, at: Date.now() })
  }, [wait?.ms, wait?.key, startedAt])

  useBrowserLayoutEffect(() => {
    if (end === undefined) return
    let timer: ReturnType<typeof setTimeout> | undefined
    const tick = () => {
      const at = Date.now()
      if (at !== rendered.current) {
        rendered.current = at
        setNow(at)
      }
      const left = end - at
      if (left > 0) timer = setTimeout(tick, left % intervalMs || intervalMs)
    }
    tick()
    return () => clearTimeout(timer)
  }, [end, intervalMs])

  // Until the effect has started a wait, it shows its full length.
  const remainingMs = Math.max(0, end === undefined ? (wait?.ms ?? 0) : end - now)
  return { remainingMs, seconds: Math.ceil(remainingMs / 1000), done: remainingMs <= 0 }
}
