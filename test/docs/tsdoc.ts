// Component and prop docs come from TSDoc through react-docgen, which keeps
// `@example` as text: the docs page would print a literal "@example" above
// the code. These turn each example into a labelled code block.
import type { ArgTypesEnhancer } from 'storybook/internal/types'

/** `@example` and the code after it (fenced or not) → "Example" and a tsx block. */
export function exampleAsCode(text: string): string {
  const lines = text.split('\n')
  const out: string[] = []
  for (let i = 0; i < lines.length; i++) {
    const example = /^\s*@example\b\s*(.*)$/.exec(lines[i]!)
    if (!example) {
      out.push(lines[i]!)
      continue
    }
    out.push(`**Example**${example[1] ? `: ${example[1]}` : ''}`, '')
    const next = lines.findIndex((line, j) => j > i && line.trim() !== '')
    if (next !== -1 && !lines[next]!.trim().startsWith('```')) {
      // Unfenced: the code runs to the next tag or the end.
      let end = lines.findIndex((line, j) => j > i && /^\s*@\w/.test(line))
      if (end === -1) end = lines.length
      out.push('```tsx', ...lines.slice(i + 1, end), '```')
      i = end - 1
    }
  }
  return out.join('\n')
}

interface Documented {
  __docgenInfo?: { description?: string }
}

/** For `parameters.docs.extractComponentDescription`. */
export function componentDescription(component: unknown): string {
  return exampleAsCode((component as Documented | undefined)?.__docgenInfo?.description ?? '')
}

/** Prop descriptions, after the renderer's docgen enhancer has filled them. */
export const propExamplesAsCode: ArgTypesEnhancer = ({ argTypes }) =>
  Object.fromEntries(Object.entries(argTypes).map(([name, argType]) => [name, argType.description ? { ...argType, description: exampleAsCode(argType.description) } : argType]))
