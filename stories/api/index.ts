import { evEnergy, evEnergyHandlers } from './evEnergy.js'
import { jobsApi, jobsApiHandlers } from './jobsApi.js'
import { persium, persiumHandlers } from './persium.js'
import { perspio, perspioHandlers } from './perspio.js'
import type { SeedApi } from './scenario.js'
import { timeSeries, timeSeriesHandlers } from './timeSeries.js'

// The five seed APIs, emulated by MSW: the same handlers serve Storybook's
// browser worker and msw/node's setupServer in tests.

/** Every seed API's handlers, for `setupWorker(...)` or `setupServer(...)`. */
export const seedHandlers = [...persiumHandlers, ...perspioHandlers, ...evEnergyHandlers, ...jobsApiHandlers, ...timeSeriesHandlers]

/** The five seed APIs in seed order, with their scenario catalogues. */
export const seedApis: readonly SeedApi[] = [persium, perspio, evEnergy, jobsApi, timeSeries]

/**
 * The seed APIs' shipped profiles, each matching its emulation's path: what a
 * story's `ApiErrorsProvider profiles={seedProfiles}` gives.
 */
export const seedProfiles = seedApis.map((api) => api.profile)

/**
 * Every `?fail=` name an API answers: its scenarios, its behaviours over
 * time, and the shared `network` failure (the connection drops).
 */
export function failureNames(api: SeedApi): string[] {
  return [...Object.keys(api.scenarios), ...Object.keys(api.behaviours), 'network']
}

export { evEnergy, evTrims, registeredVin } from './evEnergy.js'
export type { NewVehicle } from './evEnergy.js'
export { jobTransitions, jobsApi } from './jobsApi.js'
export { persium } from './persium.js'
export { perspio } from './perspio.js'
export { timeSeries } from './timeSeries.js'
export { resetSeedApis } from './state.js'
export type { Behaviour, Scenario, SeedApi } from './scenario.js'
