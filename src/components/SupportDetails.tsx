import { useEffect, useState } from 'react'
import type { ApiError } from '../core/index.js'
import type { Translator } from '../messages/createTranslator.js'
import { srOnly } from './dom.js'

/** How long "Copied" shows before the button reads "Copy details" again. */
export const COPIED_MS = 2000

const link = /^https?:\/\/\S+$/i

/** The path of a request's URL: its query string may hold tokens, and support needs only the endpoint. */
function pathOf(url: string): string {
  try {
    return new URL(url, 'http://relative.invalid').pathname
  } catch {
    return url.split(/[?#]/)[0] ?? ''
  }
}

/** The facts support asks for, in the order they ask: when, which request, what came back. */
function facts(error: ApiError, locale: string | undefined) {
  const { occurredAt, method, url, status, code, requestId, instance } = error
  const at = typeof occurredAt === 'number' && Number.isFinite(occurredAt) ? new Date(occurredAt) : undefined
  const request = url ? [method?.toUpperCase(), pathOf(url)].filter(Boolean).join(' ') : undefined
  const type = code && link.test(code) ? code : undefined
  const iso = at?.toISOString()
  let shown = iso
  try {
    shown = at && new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'medium' }).format(at)
  } catch {
    // A malformed locale: the time as ISO 8601, still readable.
  }
  return [
    { key: 'time', shown, copied: iso },
    { key: 'requestId', shown: requestId },
    { key: 'request', shown: request },
    { key: 'status', shown: status?.toString() },
    { key: 'code', shown: type ? undefined : code },
    { key: 'type', shown: type },
    { key: 'instance', shown: instance },
  ].filter((fact): fact is { key: string; shown: string; copied?: string } => Boolean(fact.shown))
}

/**
 * "Details for support", collapsed: the time of the failure, the request id,
 * method and path, status, code, the problem type and instance, and a button
 * that copies them with the title. Nothing renders when there are no facts.
 * "Copied" is announced politely and reverts after {@link COPIED_MS}.
 */
export function SupportDetails({ error, title, t, locale }: { error: ApiError; title: string; t: Translator; locale?: string }) {
  const [copied, setCopied] = useState(false)
  useEffect(() => {
    if (!copied) return
    const timer = setTimeout(() => setCopied(false), COPIED_MS)
    return () => clearTimeout(timer)
  }, [copied])
  const list = facts(error, locale)
  // Every failure has a time; alone it does not make details worth opening.
  if (!list.some((fact) => fact.key !== 'time')) return null
  // Every label is in the English catalog, which the translator falls back to.
  const label = (key: string) => t(`ui.${key}`) ?? key
  const copy = () => {
    const lines = [`${label('title')}: ${title}`, ...list.map((fact) => `${label(fact.key)}: ${fact.copied ?? fact.shown}`)]
    // Denied or unavailable clipboard: the details stay on screen to select by hand.
    navigator.clipboard?.writeText(lines.join('\n')).then(() => setCopied(true), () => {})
  }
  return (
    <details className="rae-details">
      <summary>{t('ui.details')}</summary>
      <dl>
        {list.map((fact) => (
          <div key={fact.key}>
            <dt>{label(fact.key)}</dt>
            {/* The time is formatted in the reader's time zone: the server's may differ. */}
            <dd suppressHydrationWarning={fact.key === 'time'}>{fact.key === 'type' ? <a href={fact.shown}>{fact.shown}</a> : fact.shown}</dd>
          </div>
        ))}
      </dl>
      <button type="button" className="rae-button" onClick={copy}>
        {t(copied ? 'ui.copied' : 'ui.copy')}
      </button>
      <span role="status" style={srOnly}>
        {copied ? t('ui.copied') : ''}
      </span>
    </details>
  )
}
