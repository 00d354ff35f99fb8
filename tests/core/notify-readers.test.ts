import { isReaderOf } from '../../core/notify/readers'

describe('isReaderOf: the author of a notice is none of its readers', () => {
  it('leaves the author out, whatever the notice announces', () => {
    expect(isReaderOf({ authorId: 'm-sec' }, 'm-sec')).toBe(false)
    expect(isReaderOf({ authorId: 'm-sec' }, 'm-1')).toBe(true)
  })

  it('counts everyone addressed when nobody on the roster wrote it (机关党委, the timer)', () => {
    expect(isReaderOf({ authorId: null }, 'm-sec')).toBe(true)
  })
})
