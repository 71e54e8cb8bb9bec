import { act, render, screen } from '@testing-library/react'
import { Profiler, useState } from 'react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { useCountdown, type CountdownTarget } from './useCountdown.js'

function Show({ target, onRender }: { target: CountdownTarget; onRender?: () => void }) {
  onRender?.()
  const { remainingMs, seconds, done } = useCountdown(target)
  return <p>{`${seconds}|${remainingMs}|${String(done)}`}</p>
}

const text = () => screen.getByRole('paragraph').textContent

describe('useCountdown', () => {
  beforeEach(() => {
    vi.useFakeTimers()
    vi.setSystemTime(1_700_000_000_000)
  })
  afterEach(() => vi.useRealTimers())

  it('counts down to a time in whole seconds and ends done', () => {
    render(<Show target={Date.now() + 2500} />)
    expect(text()).toBe('3|2500|false')
    act(() => void vi.advanceTimersByTime(499))
    expect(text()).toBe('3|2500|false')
    act(() => void vi.advanceTimersByTime(1))
    expect(text()).toBe('2|2000|false')
    act(() => void vi.advanceTimersByTime(2000))
    expect(text()).toBe('0|0|true')
    expect(vi.getTimerCount()).toBe(0)
  })

  it('accepts a Date and a wait in ms that starts when first seen', () => {
    const { rerender } = render(<Show target={new Date(Date.now() + 1000)} />)
    expect(text()).toBe('1|1000|false')
    rerender(<Show target={{ ms: 3000 }} />)
    expect(text()).toBe('3|3000|false')
    act(() => void vi.advanceTimersByTime(1000))
    rerender(<Show target={{ ms: 3000 }} />)
    expect(text()).toBe('2|2000|false')
  })

  it('restarts a wait when its key changes', () => {
    const { rerender } = render(<Show target={{ ms: 3000, key: 'a' }} />)
    act(() => void vi.advanceTimersByTime(2000))
    expect(text()).toBe('1|1000|false')
    rerender(<Show target={{ ms: 3000, key: 'b' }} />)
    expect(text()).toBe('3|3000|false')
  })

  it('is done at once with nothing to wait for or a time already past', () => {
    const { rerender } = render(<Show target={undefined} />)
    expect(text()).toBe('0|0|true')
    rerender(<Show target={Date.now() - 5000} />)
    expect(text()).toBe('0|0|true')
    expect(vi.getTimerCount()).toBe(0)
  })

  it('leaves no timer behind when unmounted mid-count', () => {
    const { unmount } = render(<Show target={Date.now() + 60_000} />)
    expect(vi.getTimerCount()).toBe(1)
    unmount()
    expect(vi.getTimerCount()).toBe(0)
  })

  it('re-renders only the component that counts, not its parent', () => {
    const parentRenders = vi.fn()
    const childRenders = vi.fn()
    function Parent() {
      parentRenders()
      const [target] = useState(() => Date.now() + 5000)
      return <Show target={target} onRender={childRenders} />
    }
    render(<Parent />)
    const seen: string[] = []
    for (let second = 0; second < 5; second++) {
      act(() => void vi.advanceTimersByTime(1000))
      seen.push(text() ?? '')
    }
    expect(seen).toEqual(['4|4000|false', '3|3000|false', '2|2000|false', '1|1000|false', '0|0|true'])
    expect(childRenders.mock.calls.length).toBeGreaterThanOrEqual(6)
    expect(parentRenders).toHaveBeenCalledTimes(1)
  })
  it('commits once per second, the first tick included', async () => {
    const commits: number[] = []
    const start = Date.now()
    render(<Profiler id="countdown" onRender={() => commits.push(Date.now() - start)}><Show target={start + 10_000} /></Profiler>)
    for (let step = 0; step < 35; step++) await act(() => vi.advanceTimersByTimeAsync(100))
    expect(commits).toEqual([0, 1000, 2000, 3000])
  })
})
