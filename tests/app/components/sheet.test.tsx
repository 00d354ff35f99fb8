import { render, screen } from '@testing-library/react'
import { Sheet } from '@/components/Sheet'

describe('Sheet', () => {
  it('takes keyboard focus when it opens, so that a long panel can be scrolled with keys', () => {
    render(
      <Sheet title="请假">
        <span>很长的内容</span>
      </Sheet>,
    )
    const panel = screen.getByText('请假').parentElement as HTMLElement
    expect(panel.className).toContain('ui-sheet__panel')
    expect(panel.getAttribute('tabindex')).toBe('0')
    expect(document.activeElement).toBe(panel)
    expect(panel.outerHTML).not.toMatch(/aria-/)
  })
})
