// The measuring loop the benchmarks share (bench/run.mjs does not run this file).

/**
 * The CPU time one call of `task` costs, in ms: calls for `ms` milliseconds,
 * divided by their number. CPU time (this process's threads, the garbage
 * collector's included) rather than wall time: on a shared machine the wall
 * clock also counts other processes' turns.
 */
async function cost(task, ms) {
  const cpu = process.cpuUsage()
  const start = performance.now()
  let calls = 0
  while (performance.now() - start < ms) {
    await task()
    calls++
  }
  const { user, system } = process.cpuUsage(cpu)
  return (user + system) / 1000 / calls
}

/**
 * The best cost of each task (ms per call): a warm-up of `warmUp` ms each to
 * let the JIT settle, then `rounds` short rounds of `ms` each, in alternating
 * order. Short rounds, best of each: the machine's other load comes and goes,
 * and one long round per task would charge it to whichever task ran during it.
 *
 * @example
 * ```js
 * const { floor, ours } = await measure({ floor: () => parse(), ours: () => classify() }, { warmUp: 300, rounds: 30, ms: 80 })
 * ```
 */
export async function measure(tasks, { warmUp, rounds, ms }) {
  const order = Object.keys(tasks)
  for (const task of order) await cost(tasks[task], warmUp)
  const best = Object.fromEntries(order.map((task) => [task, Infinity]))
  for (let round = 0; round < rounds; round++) {
    for (const task of round % 2 ? order.toReversed() : order) best[task] = Math.min(best[task], await cost(tasks[task], ms))
  }
  return best
}
