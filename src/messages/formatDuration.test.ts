import { describe, expect, it } from 'vitest'
import { createTranslator } from './createTranslator.js'
import { durationParts } from './durationParts.js'
import { fr } from './fr.js'
import { formatDuration } from './formatDuration.js'

describe('formatDuration', () => {
  it.each([
    [4_000, '4 s', '4 s'],
    [29_200, '30 s', '30 s'],
    [60_000, '1 min', '1 min'],
    [89_200, '1 min 30 s', '1 min 30 s'],
    [90_000, '1 min 30 s', '1 min 30 s'],
    [125_000, '2 min 5 s', '2 min 5 s'],
    [3_599_000, '59 min 59 s', '59 min 59 s'],
    [3_600_000, '1 h', '1 h'],
    [3_700_000, '1 h 2 min', '1 h 2 min'],
    [7_260_000, '2 h 1 min', '2 h 1 min'],
  ])('reads %i ms as people say it: %s (fr: %s)', (ms, english, french) => {
    expect(formatDuration(ms)).toBe(english)
    expect(formatDuration(ms, { messages: fr })).toBe(french)
  })

  it('never reads 90 s as 89 seconds nor 125 s as 3 minutes', () => {
    expect(formatDuration(90_000)).not.toMatch(/89|second/)
    expect(formatDuration(125_000)).not.toMatch(/3 min/)
  })

  it('formats numbers for the locale, and takes the words of a translator or catalog', () => {
    expect(formatDuration(100 * 3_600_000 + 1, { locale: 'en' })).toBe('100 h 1 min')
    const big = 1234 * 3_600_000
    expect(formatDuration(big, { locale: 'en' })).toBe('1,234 h')
    expect(formatDuration(big, { messages: fr })).toBe(`${new Intl.NumberFormat('fr').format(1234)} h`)
    const t = createTranslator({ messages: { 'ui.duration.min': '{count} minute(s)', 'ui.duration.pair': '{first} and {second}' } })
    expect(formatDuration(90_000, t)).toBe('1 minute(s) and 30 s')
  })

  it('spells the units out for screen readers, in the locale', () => {
    expect(createTranslator().duration(90_000, 'long')).toBe('1 minute 30 seconds')
    // French puts a no-break space between a number and its unit.
    const french = (ms: number) => createTranslator({ messages: fr }).duration(ms, 'long').replace(/\s/g, ' ')
    expect(french(90_000)).toBe('1 minute 30 secondes')
    expect(french(3_700_000)).toBe('1 heure 2 minutes')
  })

  it('reads nothing left, a negative or a non-finite wait as 0 s', () => {
    for (const ms of [0, -5, Number.NaN, Number.POSITIVE_INFINITY]) expect(durationParts(ms)).toEqual([['s', 0]])
    expect(formatDuration(0)).toBe('0 s')
  })
})
