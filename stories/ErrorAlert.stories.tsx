import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, userEvent, within } from 'storybook/test'
import { ErrorAlert, type ErrorAlertProps, type ErrorCategory } from '../src/index.js'
import { expectAlertPerCategory } from './support/expectCategories.js'
import { EveryCategory, WithSample, categoryArgType } from './support/WithSample.js'

type Args = Omit<ErrorAlertProps, 'query' | 'error'> & { error?: unknown; category: ErrorCategory; retryAfterSeconds?: number }

const meta = {
  title: 'Components/ErrorAlert',
  component: ErrorAlert,
  args: { category: 'unavailable', error: undefined, onRetry: fn(), onSignIn: fn(), onReload: fn(), persistent: false, headingLevel: 2, variant: 'default' },
  argTypes: {
    category: categoryArgType,
    retryAfterSeconds: { control: { type: 'number', min: 0, max: 120 }, description: 'A Retry-After for the sample (429 or 503).', table: { category: 'story' } },
    error: { control: false },
    render: { control: false },
    headingLevel: { control: 'inline-radio', options: [2, 3, 4, 5, 6] },
    variant: { control: 'inline-radio', options: ['default', 'compact'] },
    pending: { control: false },
  },
  render: ({ category, retryAfterSeconds, error: _error, ...props }) => (
    <WithSample category={category} retryAfterSeconds={retryAfterSeconds}>{(error) => <ErrorAlert error={error} {...props} />}</WithSample>
  ),
} satisfies Meta<Args>

export default meta
type Story = StoryObj<typeof meta>

/** One category at a time, with its actions: pick it in the controls. */
export const Playground: Story = {}

/** Title, description and actions for every category, each in a card: the compact variant, so the card is the only frame. */
export const EveryCategoryAtOnce: Story = {
  name: 'Every category',
  argTypes: { category: { control: false } },
  args: { headingLevel: 3, variant: 'compact' },
  render: ({ category: _category, retryAfterSeconds: _seconds, error: _error, query: _query, ...props }) => (
    <EveryCategory>{(error) => <ErrorAlert {...props} error={error} />}</EveryCategory>
  ),
  play: async ({ canvasElement }) => {
    // Every category but `aborted`: a cancel shows nothing.
    await expectAlertPerCategory(canvasElement)
  },
}

/** A 401 offers "Sign in", which calls `onSignIn` with the error. */
export const SignIn: Story = {
  args: { category: 'unauthenticated' },
  play: async ({ canvas, args }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Sign in' }))
    await expect(args.onSignIn).toHaveBeenCalledWith(expect.objectContaining({ category: 'unauthenticated', status: 401 }))
  },
}

/** A conflict (409) makes "Reload" the primary action when the app gives `onReload` (here as a prop; usually the provider's). */
export const ConflictReload: Story = {
  args: { category: 'conflict' },
  play: async ({ canvas, args }) => {
    const reload = canvas.getByRole('button', { name: 'Reload' })
    await expect(reload).toHaveClass('rae-button--primary')
    await userEvent.click(reload)
    await expect(args.onReload).toHaveBeenCalledWith(expect.objectContaining({ category: 'conflict', status: 409 }))
  },
}

/** A 5xx that survived retries offers "Contact support" (the provider's `supportUrl`). */
export const PersistentServerError: Story = {
  args: { category: 'server', persistent: true },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('link', { name: 'Contact support' })).toHaveAttribute('href', 'mailto:support@example.com')
  },
}

/** A rate limit: "Try again" waits out the Retry-After with a live countdown. */
export const RateLimited: Story = {
  args: { category: 'rate_limited', retryAfterSeconds: 30 },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('button', { name: 'Try again' })).toHaveAttribute('aria-disabled', 'true')
  },
}

/** Time, request id, status and code sit in collapsed details for support; "Copy details" copies them with the title. */
export const DetailsForSupport: Story = {
  args: { category: 'conflict' },
  play: async ({ canvasElement }) => {
    const details = canvasElement.querySelector('details')!
    await userEvent.click(within(details).getByText('Details for support'))
    await expect(details).toHaveAttribute('open')
    await expect(within(details).getByText('duplicate_customer')).toBeVisible()
    await expect(within(details).getByText('Time')).toBeVisible()
  },
}

/** Every category in the stylesheet's dark theme: the a11y check covers its contrast too. */
export const EveryCategoryDark: Story = {
  ...EveryCategoryAtOnce,
  name: 'Every category (dark theme)',
  decorators: [(Story) => <div data-theme="dark" className="story-root"><Story /></div>],
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('.rae-alert')!.closest('[data-theme]')).toHaveAttribute('data-theme', 'dark')
    await expectAlertPerCategory(canvasElement)
  },
}
