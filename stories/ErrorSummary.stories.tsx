import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, userEvent, waitFor } from 'storybook/test'
import { ErrorSummary, type ErrorCategory, type ErrorSummaryProps } from '../src/index.js'
import { VehicleFields, vehicleFields } from './support/VehicleFields.js'
import { EveryCategory, WithSample, categoryArgType } from './support/WithSample.js'

type Args = ErrorSummaryProps & { category: ErrorCategory }

const meta = {
  title: 'Components/ErrorSummary',
  component: ErrorSummary,
  args: { category: 'validation', error: undefined, fields: vehicleFields, focusOnShow: true, headingLevel: 2 },
  argTypes: {
    category: categoryArgType,
    error: { control: false },
    fieldId: { control: false },
    renderItem: { control: false },
    headingLevel: { control: 'inline-radio', options: [2, 3, 4, 5, 6] },
  },
  render: ({ category, error: _error, ...props }) => (
    <WithSample category={category}>
      {(error) => (
        <form aria-label="Add a vehicle" onSubmit={(event) => event.preventDefault()}>
          <ErrorSummary error={error} {...props} />
          <VehicleFields error={error} />
        </form>
      )}
    </WithSample>
  ),
} satisfies Meta<Args>

export default meta
type Story = StoryObj<typeof meta>

/** ev.energy's create-vehicle `field_errors`: the summary takes focus and links to each field. */
export const Playground: Story = {
  play: async ({ canvas, step }) => {
    const summary = canvas.getByRole('alert').parentElement!
    await step('The summary takes focus when it appears', async () => {
      await waitFor(() => expect(summary).toHaveFocus())
    })
    await step('Its link moves focus to the field (keyboard)', async () => {
      await userEvent.tab()
      await expect(canvas.getByRole('link', { name: /Owner \(user ID\)/ })).toHaveFocus()
      await userEvent.tab()
      const trimLink = canvas.getByRole('link', { name: /Trim: Invalid hyperlink/ })
      await expect(trimLink).toHaveFocus()
      await userEvent.keyboard('{Enter}')
      await expect(canvas.getByRole('combobox', { name: 'Trim' })).toHaveFocus()
    })
    await step('It leaves the tab order once blurred', async () => {
      await expect(summary).not.toHaveAttribute('tabindex')
    })
  },
}

/** The summary link focusing its field, by pointer. */
export const LinkFocusesField: Story = {
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getByRole('link', { name: /Owner \(user ID\)/ }))
    await expect(canvas.getByRole('textbox', { name: 'Owner (user ID)' })).toHaveFocus()
  },
}

/** Without field errors (a 409), the summary shows the title and description alone. */
export const WithoutFieldErrors: Story = {
  args: { category: 'conflict' },
  play: async ({ canvas }) => {
    await expect(canvas.queryAllByRole('link')).toHaveLength(0)
    await expect(canvas.getByRole('alert')).toHaveTextContent(/./)
  },
}

/** A summary for every category; only the first takes focus. */
export const EveryCategoryAtOnce: Story = {
  name: 'Every category',
  args: { headingLevel: 3, focusOnShow: false },
  argTypes: { category: { control: false } },
  render: ({ category: _category, error: _error, ...props }) => <EveryCategory>{(error) => <ErrorSummary {...props} error={error} />}</EveryCategory>,
}
