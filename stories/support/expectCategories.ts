import { expect, waitFor, within } from 'storybook/test'

/**
 * In an `EveryCategory` list, each category's card shows an alert, except a
 * cancel (`aborted`), which the components deliberately render as nothing.
 */
export async function expectAlertPerCategory(canvasElement: HTMLElement): Promise<void> {
  const cards = [...canvasElement.querySelectorAll<HTMLElement>('.story-card')]
  await expect(cards).toHaveLength(17)
  for (const card of cards) {
    const category = card.querySelector('code')?.textContent
    await waitFor(() => expect({ category, alerts: within(card).queryAllByRole('alert').length }).toEqual({ category, alerts: category === 'aborted' ? 0 : 1 }))
  }
}
