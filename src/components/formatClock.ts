/**
 * A wait as a clock reads, for the retry button: `0:28`, `1:30`, `1:02:05`.
 * Rounded up to the second, like the countdown, so it never shows `0:00`
 * while there is still time to wait.
 */
export function formatClock(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000))
  const hours = Math.floor(total / 3600)
  const minutes = Math.floor((total % 3600) / 60)
  const seconds = String(total % 60).padStart(2, '0')
  return hours ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`
}
