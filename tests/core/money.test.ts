import { formatFen, parseYuanToFen } from '../../core/money'

describe('parseYuanToFen', () => {
  it.each([
    ['3000', 300000],
    ['3000.00', 300000],
    ['3000.01', 300001],
    ['0.5', 50],
    ['12,345.6', 1234560],
    ['6500元', 650000],
  ])('reads %s as %i fen', (text, fen) => {
    expect(parseYuanToFen(text)).toBe(fen)
  })

  it.each(['', '-1', '1.234', 'abc', '1e5', '3000.0.1'])('refuses %p', (text) => {
    expect(parseYuanToFen(text)).toBeNull()
  })
})

describe('formatFen', () => {
  it.each([
    [0, '0.00'],
    [5, '0.05'],
    [300001, '3000.01'],
    [-150, '-1.50'],
  ])('shows %i fen as %s', (fen, text) => {
    expect(formatFen(fen)).toBe(text)
  })
})
