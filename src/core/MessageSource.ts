/**
 * Where an {@link ApiError}'s `message` came from, decided once by the
 * classifier so that later layers read it instead of parsing the body again.
 *
 * - `'people'`: a field the API documents as meant for people (a problem's
 *   `detail`, the `{ success: false }` envelope's `message`).
 * - `'framework'`: a framework's or library's default text (Boom, fastify and
 *   NestJS `message`, a bare `{ error: "text" }`, `{ message }`, Zod issues).
 * - `'text'`: a plain-text body.
 * - `'none'`: there is no message.
 *
 * @example
 * ```ts
 * if (error.messageSource === 'people') show(error.message)
 * ```
 */
export type MessageSource = 'people' | 'framework' | 'text' | 'none'
