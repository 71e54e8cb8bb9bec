import { forwardRef, type HTMLAttributes, type ReactNode } from 'react'
import { useTranslator } from '../context/useTranslator.js'
import { useOnline } from '../query/useOnline.js'
import { cx } from './dom.js'

/**
 * Props of {@link OfflineNotice}: the native `<div>` props, plus these.
 *
 * @example
 * ```tsx
 * <OfflineNotice when={stations.isPaused} className="banner" />
 * ```
 */
export interface OfflineNoticeProps extends Omit<HTMLAttributes<HTMLDivElement>, 'children'> {
  /**
   * Speak only while this holds too: a query's `isPaused`, say, to tie the
   * notice to one query. Default `true`: whenever the browser is offline.
   */
  when?: boolean
  /**
   * Replaces the words.
   *
   * @example
   * ```tsx
   * <OfflineNotice render={(text) => <><WifiOffIcon /> {text}</>} />
   * ```
   */
  render?: (text: string) => ReactNode
}

/**
 * Says "You're offline; we'll try again when you're back." while TanStack
 * Query's `onlineManager` says the browser is offline: queries and their
 * retries wait then, and resume by themselves once it is back online.
 *
 * Accessibility: a polite `role="status"` region that stays in the page,
 * empty while online, so that going offline is announced once when it
 * happens.
 *
 * @example
 * ```tsx
 * <OfflineNotice />
 * <ErrorAlert error={stations.error} onRetry={() => stations.refetch()} />
 * ```
 */
export const OfflineNotice = forwardRef<HTMLDivElement, OfflineNoticeProps>(function OfflineNotice({ when = true, render, className, ...rest }, ref) {
  const online = useOnline()
  const t = useTranslator()
  const text = !online && when ? (t('ui.offline') ?? '') : ''
  return (
    <div ref={ref} role="status" className={cx('rae-offline', className)} data-online={online} {...rest}>
      {text && (render ? render(text) : text)}
    </div>
  )
})
