import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, userEvent } from 'storybook/test'
import { ApiErrorsProvider, ErrorAlert, type ApiErrorsConfig, type ErrorCategory } from '../src/index.js'
import { fr } from '../src/messages/fr.js'
import { EveryCategory, WithSample, categoryArgType } from './support/WithSample.js'

type Args = ApiErrorsConfig & { category: ErrorCategory; language: 'en' | 'fr' }

const meta = {
  title: 'Components/ApiErrorsProvider',
  component: ApiErrorsProvider,
  args: { category: 'rate_limited', language: 'fr', serverText: true, supportUrl: 'mailto:support@example.com', onSignIn: fn(), onContactSupport: undefined },
  argTypes: {
    category: categoryArgType,
    language: { control: 'inline-radio', options: ['en', 'fr'], description: 'Sets `locale` and `messages` together.', table: { category: 'story' } },
    locale: { control: false },
    messages: { control: false },
    classify: { control: false },
    profiles: { control: false },
    translate: { control: false },
    onContactSupport: { control: false },
  },
  render: ({ category, language, ...config }) => (
    <ApiErrorsProvider {...config} locale={language} messages={language === 'fr' ? fr : undefined}>
      <div lang={language}>
        <WithSample category={category} retryAfterSeconds={category === 'rate_limited' ? 45 : undefined}>
          {(error) => <ErrorAlert error={error} onRetry={() => undefined} persistent />}
        </WithSample>
      </div>
    </ApiErrorsProvider>
  ),
} satisfies Meta<Args>

export default meta
type Story = StoryObj<typeof meta>

/** The provider's settings at work on one alert: language, server text, support link. */
export const Playground: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.getByText(/^Vous pourrez réessayer/)).toBeVisible()
    await expect(canvas.getByRole('button', { name: 'Réessayer' })).toBeVisible()
  },
}

/** `serverText: false`: only the library's own words, never the server's. */
export const WithoutServerText: Story = {
  args: { language: 'en', category: 'conflict', serverText: false },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('alert')).not.toHaveTextContent('ops@northwind.example')
  },
}

/** Overrides of single keys, merged over English: an app's own words for a code. */
export const CustomMessages: Story = {
  args: { language: 'en', category: 'conflict' },
  render: ({ category }) => (
    <ApiErrorsProvider messages={{ 'duplicate_customer.title': 'That customer is already on file' }}>
      <WithSample category={category}>{(error) => <ErrorAlert error={error} />}</WithSample>
    </ApiErrorsProvider>
  ),
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('heading', { name: 'That customer is already on file' })).toBeVisible()
  },
}

/** `onSignIn` is what "Sign in" calls, for every alert below the provider. */
export const SignInCallback: Story = {
  args: { language: 'en', category: 'unauthenticated' },
  play: async ({ canvas, args }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Sign in' }))
    await expect(args.onSignIn).toHaveBeenCalledTimes(1)
  },
}

/** Every category in French. */
export const EveryCategoryInFrench: Story = {
  name: 'Every category (French)',
  argTypes: { category: { control: false } },
  render: () => (
    <ApiErrorsProvider locale="fr" messages={fr} supportUrl="mailto:support@example.com">
      <div lang="fr">
        <EveryCategory>{(error) => <ErrorAlert error={error} headingLevel={3} onRetry={() => undefined} />}</EveryCategory>
      </div>
    </ApiErrorsProvider>
  ),
}
