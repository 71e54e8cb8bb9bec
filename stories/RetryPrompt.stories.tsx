import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, userEvent, waitFor } from 'storybook/test'
import { RetryPrompt, type ErrorCategory, type RetryPromptProps } from '../src/index.js'
import { EveryCategory, WithSample, categoryArgType } from './support/WithSample.js'

type Args = Omit<RetryPromptProps, 'query' | 'error' | 'onRetry'> & { error?: unknown; onRetry: () => unknown; category: ErrorCategory; retryAfterSeconds?: number }

const meta = {
  title: 'Components/RetryPrompt',
  component: RetryPrompt,
  args: { category: 'rate_limited', retryAfterSeconds: 10, error: undefined, onRetry: fn(), mode: 'disable', autoRetry: false, retrying: false },
  argTypes: {
    category: categoryArgType,
    retryAfterSeconds: { control: { type: 'number', min: 0, max: 120 }, description: 'The sample\'s Retry-After, in seconds.', table: { category: 'story' } },
    error: { control: false },
    retryAt: { control: false },
    render: { control: false },
    mode: { control: 'inline-radio', options: ['disable', 'explain'] },
  },
  render: ({ category, retryAfterSeconds, error: _error, ...props }) => (
    <WithSample category={category} retryAfterSeconds={retryAfterSeconds}>{(error) => <RetryPrompt error={error} {...props} />}</WithSample>
  ),
} satisfies Meta<Args>

export default meta
type Story = StoryObj<typeof meta>

/** A rate limit's countdown: change the wait, the mode, auto-retry in the controls. */
export const Playground: Story = {}

/** No wait (a 503 without Retry-After): the button is ready and works from the keyboard. */
export const RetryWithTheKeyboard: Story = {
  args: { category: 'unavailable', retryAfterSeconds: undefined },
  play: async ({ canvas, args, step }) => {
    const button = canvas.getByRole('button', { name: 'Try again' })
    await step('Tab reaches the button', async () => {
      await userEvent.tab()
      await expect(button).toHaveFocus()
      await expect(button).not.toHaveAttribute('aria-disabled')
    })
    await step('Enter and Space retry', async () => {
      await userEvent.keyboard('{Enter}')
      await expect(args.onRetry).toHaveBeenCalledTimes(1)
      await userEvent.keyboard(' ')
      await expect(args.onRetry).toHaveBeenCalledTimes(2)
    })
  },
}

/** A 2-second Retry-After counts down to zero; only then does the button retry. */
export const CountdownReachesZero: Story = {
  args: { retryAfterSeconds: 2 },
  play: async ({ canvas, args, step }) => {
    const button = canvas.getByRole('button', { name: 'Try again' })
    await step('While waiting, the button stays focusable but does nothing', async () => {
      await expect(button).toHaveAttribute('aria-disabled', 'true')
      await expect(canvas.getByRole('status')).toHaveTextContent('Waiting to try again')
      button.focus()
      await userEvent.keyboard('{Enter}')
      await expect(args.onRetry).not.toHaveBeenCalled()
    })
    await step('At zero the wait text goes and the state is announced', async () => {
      await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent('Ready to try again'), { timeout: 4000 })
      await expect(button).not.toHaveAttribute('aria-disabled')
      await expect(button).not.toHaveAttribute('aria-describedby')
    })
    await step('Now Enter retries', async () => {
      await userEvent.keyboard('{Enter}')
      await expect(args.onRetry).toHaveBeenCalledTimes(1)
    })
  },
}

/** `autoRetry` retries by itself when the wait is over. */
export const AutoRetry: Story = {
  args: { retryAfterSeconds: 1, autoRetry: true },
  play: async ({ args }) => {
    await expect(args.onRetry).not.toHaveBeenCalled()
    await waitFor(() => expect(args.onRetry).toHaveBeenCalledTimes(1), { timeout: 3000 })
  },
}

/** `mode="explain"` lets an impatient user retry early, the wait explained beside the button. */
export const ExplainMode: Story = {
  args: { mode: 'explain', retryAfterSeconds: 30 },
  play: async ({ canvas, args }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Try again' }))
    await expect(args.onRetry).toHaveBeenCalledTimes(1)
  },
}

/** While a retry runs (`retrying`), the button is inert and the state says so. */
export const Retrying: Story = {
  args: { category: 'server', retryAfterSeconds: undefined, retrying: true },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('status')).toHaveTextContent('Trying again')
  },
}

/** The prompt for every category (it offers a retry whatever the error; `ErrorAlert` decides when to show it). */
export const EveryCategoryAtOnce: Story = {
  name: 'Every category',
  argTypes: { category: { control: false } },
  render: ({ category: _category, retryAfterSeconds: _seconds, error: _error, query: _query, ...props }) => (
    <EveryCategory>{(error) => <RetryPrompt {...props} error={error} />}</EveryCategory>
  ),
}
