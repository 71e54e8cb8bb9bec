import { render, screen } from '@testing-library/react'
import { useState, version } from 'react'
import { version as domVersion } from 'react-dom'
import { version as serverVersion } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

// The unit project runs React 19; unit-react18 sets REACT_MAJOR=18 and aliases
// react and react-dom to the copy in test/react18.
const major = process.env.REACT_MAJOR ?? '19'

function Counter() {
  const [count] = useState(version)
  return <p>{count}</p>
}

describe('React version under test', () => {
  it(`runs React ${major} for react, react-dom and react-dom/server alike`, () => {
    expect(version.split('.')[0]).toBe(major)
    expect(domVersion).toBe(version)
    expect(serverVersion).toBe(version)
  })

  it('renders through Testing Library with that same React (hooks work)', () => {
    render(<Counter />)
    expect(screen.getByText(version)).toBeInTheDocument()
  })
})
