// The app around the docs' examples: the names an example uses as its own
// (a Station type, a StationList component, the form's mutation) without
// defining them. examples.test.ts imports for each example what it uses from
// the library, React, TanStack Query and the HTTP clients; anything else must
// be declared here, which is the hint that a reader needs it too.
import type { UseMutationResult, UseQueryResult } from '@tanstack/react-query'
import type { FormEvent, ReactNode } from 'react'
import type { captureException, ErrorEvent, EventHint } from '@sentry/core'

export type Station = { id: string; name: string }
export type Vehicle = { vin: string; battery: { capacity_kwh: number } }

export declare function StationList(props: { stations: Station[] | undefined }): ReactNode
export declare function Stations(): ReactNode
export declare function Spinner(): ReactNode
export declare function App(): ReactNode

/** A failed call's `Response`, and anything thrown. */
export declare const response: Response
export declare const thrown: unknown

export declare const query: UseQueryResult<Station[]>
export declare const mutation: UseMutationResult<Vehicle, Error, Vehicle>
export declare function save(event: FormEvent<HTMLFormElement>): void
export declare function saveVehicle(vehicle: Vehicle): Promise<Vehicle>

export declare function renewToken(): Promise<void>
export declare function token(): string
export declare const router: { push(url: string): void }

/** The Sentry SDK (@sentry/react, @sentry/browser): what the monitoring example calls. */
export declare const Sentry: {
  init(options: { dsn: string; beforeSend?: (event: ErrorEvent, hint: EventHint) => ErrorEvent | null }): void
  captureException: typeof captureException
}
