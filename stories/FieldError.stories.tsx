import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect } from 'storybook/test'
import { FieldError, fieldErrorId, getFieldErrorProps, type ErrorCategory, type FieldErrorProps } from '../src/index.js'
import { EveryCategory, WithSample, categoryArgType } from './support/WithSample.js'

type Args = FieldErrorProps & { category: ErrorCategory }

const meta = {
  title: 'Components/FieldError',
  component: FieldError,
  args: { category: 'validation', name: 'trim', error: undefined },
  argTypes: {
    category: categoryArgType,
    name: { control: 'inline-radio', options: ['user', 'trim', 'vin'], description: 'The field, as the server names it.' },
    error: { control: false },
    render: { control: false },
  },
  render: ({ category, name, error: _error, ...props }) => (
    <WithSample category={category}>
      {(error) => (
        <div className="story-field">
          <label htmlFor={name}>Field “{name}”</label>
          <input id={name} name={name} {...getFieldErrorProps(error, name)} />
          <FieldError error={error} name={name} {...props} />
        </div>
      )}
    </WithSample>
  ),
} satisfies Meta<Args>

export default meta
type Story = StoryObj<typeof meta>

/** ev.energy's `field_errors` for the chosen field; the input reads it through `aria-describedby`. */
export const Playground: Story = {
  play: async ({ canvas }) => {
    const input = canvas.getByRole('textbox')
    await expect(input).toHaveAttribute('aria-invalid', 'true')
    await expect(input).toHaveAccessibleDescription('Error: Invalid hyperlink - Object does not exist.')
    await expect(document.getElementById(fieldErrorId('trim'))).toBeVisible()
  },
}

/** A field the server did not mention: no message, and the input is not marked invalid. */
export const ValidField: Story = {
  args: { name: 'vin' },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('textbox')).not.toHaveAttribute('aria-invalid')
  },
}

/** Nested paths from an RFC 9457 `errors` list: `#/address/city` becomes `address.city`. */
export const NestedPath: Story = {
  render: () => {
    const error = { status: 422, body: { title: 'Invalid address', errors: [{ detail: 'City is required', pointer: '#/address/city' }] } }
    return (
      <div className="story-field">
        <label htmlFor="address.city">City</label>
        <input id="address.city" name="address.city" {...getFieldErrorProps(error, 'address.city')} />
        <FieldError error={error} name="address.city" />
      </div>
    )
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('textbox')).toHaveAccessibleDescription('Error: City is required')
  },
}

/** Only validation failures carry field messages: every other category renders nothing here. */
export const EveryCategoryAtOnce: Story = {
  name: 'Every category',
  argTypes: { category: { control: false } },
  render: ({ category: _category, error: _error, name, ...props }) => (
    <EveryCategory>{(error) => <FieldError {...props} error={error} name={name} />}</EveryCategory>
  ),
}
