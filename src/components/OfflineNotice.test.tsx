import { afterEach, describe, expect, it } from 'vitest'
import { onlineManager } from '@tanstack/react-query'
import { act, render, screen } from '@testing-library/react'
import { createRef } from 'react'
import { expectNoAxeViolations } from '../../test/axe.js'
import { ApiErrorsProvider } from '../context/ApiErrorsProvider.js'
import { en } from '../messages/en.js'
import { fr } from '../messages/fr.js'
import { OfflineNotice } from './OfflineNotice.js'

describe('OfflineNotice', () => {
  afterEach(() => {
    act(() => onlineManager.setOnline(true))
  })

  it('keeps an empty polite status while online and fills it when the browser goes offline', async () => {
    const { container } = render(<OfflineNotice />)
    const status = screen.getByRole('status')
    expect(status).toBeEmptyDOMElement()
    act(() => {
      window.dispatchEvent(new Event('offline'))
    })
    expect(screen.getByRole('status')).toBe(status)
    expect(status).toHaveTextContent(en['ui.offline'])
    await expectNoAxeViolations(container)
    act(() => {
      window.dispatchEvent(new Event('online'))
    })
    expect(status).toBeEmptyDOMElement()
  })

  it('follows TanStack Query\'s onlineManager, whatever tells it', () => {
    render(<OfflineNotice />)
    act(() => onlineManager.setOnline(false))
    expect(screen.getByRole('status')).toHaveTextContent(en['ui.offline'])
  })

  it('speaks only while `when` holds too', () => {
    const { rerender } = render(<OfflineNotice when={false} />)
    act(() => onlineManager.setOnline(false))
    expect(screen.getByRole('status')).toBeEmptyDOMElement()
    rerender(<OfflineNotice when />)
    expect(screen.getByRole('status')).toHaveTextContent(en['ui.offline'])
  })

  it('speaks the provider\'s language, takes overrides and a render function', () => {
    act(() => onlineManager.setOnline(false))
    const { unmount } = render(
      <ApiErrorsProvider locale="fr" messages={fr}>
        <OfflineNotice />
      </ApiErrorsProvider>,
    )
    expect(screen.getByRole('status')).toHaveTextContent(fr['ui.offline'])
    unmount()
    render(
      <ApiErrorsProvider messages={{ 'ui.offline': 'No network.' }}>
        <OfflineNotice render={(text) => <b>{text}</b>} />
      </ApiErrorsProvider>,
    )
    expect(screen.getByRole('status').querySelector('b')).toHaveTextContent('No network.')
  })

  it('forwards its ref, spreads native props and merges className and style', () => {
    const ref = createRef<HTMLDivElement>()
    render(<OfflineNotice ref={ref} className="banner" style={{ color: 'rgb(1, 2, 3)' }} data-testid="notice" />)
    const root = screen.getByTestId('notice')
    expect(ref.current).toBe(root)
    expect(root).toHaveClass('rae-offline', 'banner')
    expect(root).toHaveStyle({ color: 'rgb(1, 2, 3)' })
  })
})
