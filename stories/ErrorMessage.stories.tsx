import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect } from 'storybook/test'
import { ErrorMessage, type ErrorCategory, type ErrorMessageProps } from '../src/index.js'
import { expectAlertPerCategory } from './support/expectCategories.js'
import { EveryCategory, WithSample, categoryArgType } from './support/WithSample.js'

type Args = ErrorMessageProps & { category: ErrorCategory }

const meta = {
  title: 'Components/ErrorMessage',
  component: ErrorMessage,
  args: { category: 'rate_limited', error: undefined },
  argTypes: { category: categoryArgType, error: { control: false }, render: { control: false } },
  render: ({ category, error: _error, ...props }) => <WithSample category={category}>{(error) => <ErrorMessage error={error} {...props} />}</WithSample>,
} satisfies Meta<Args>

export default meta
type Story = StoryObj<typeof meta>

/** One category at a time: pick it in the controls. */
export const Playground: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('alert')).toHaveTextContent(/./)
  },
}

/** What the one-line message says for every category. */
export const EveryCategoryAtOnce: Story = {
  name: 'Every category',
  render: ({ category: _category, error: _error, ...props }) => <EveryCategory>{(error) => <ErrorMessage {...props} error={error} />}</EveryCategory>,
  argTypes: { category: { control: false } },
  play: async ({ canvasElement }) => {
    // Every category but `aborted`: a cancel shows nothing.
    await expectAlertPerCategory(canvasElement)
  },
}

/** `render` replaces the words; the alert role stays on the library's element. */
export const CustomWords: Story = {
  args: { category: 'not_found', render: ({ title }) => <>Nothing here: {title.toLowerCase()}.</> },
}

/** Nothing renders for `null`: a query that has not failed shows nothing. */
export const NoError: Story = {
  render: () => <ErrorMessage error={null} />,
  play: async ({ canvas }) => {
    await expect(canvas.queryByRole('alert')).toBeNull()
  },
}
