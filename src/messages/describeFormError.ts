import { createTranslator } from './createTranslator.js'
import { describeError, type DescribeOptions } from './describeError.js'

/**
 * Form-level words for a failed submit, saying what failed as well as what to
 * do: the title and the description in one sentence pair ("Something went
 * wrong on our side. Try again in a moment."), for react-hook-form's
 * `errors.root.server`, a toast, or a summary without field items.
 *
 * @example
 * ```ts
 * form.setError('root.server', { type: 'server', message: describeFormError(error, { messages: fr }) })
 * ```
 */
export function describeFormError(thrown: unknown, options: DescribeOptions = {}): string {
  const t = options.translator ?? createTranslator(options)
  const { title, description } = describeError(thrown, { ...options, translator: t })
  if (!title || !description) return title || description
  const joined = t('ui.formError', { title: title.replace(/[.!?\u2026]+$/, ''), description })
  return joined ?? `${title}. ${description}`
}
