import { chinaInstant } from '../../core/dates'
import { amendmentWords, minutesStateWords, minutesTally } from '../../core/minutes/ledger'

const at = chinaInstant('2026-03-07 10:00')

describe('minutesStateWords', () => {
  it('says plainly that a meeting has no minutes', () => {
    expect(minutesStateWords(null)).toBe('未记录（没有会议记录）')
  })
  it('names who confirmed the minutes and when', () => {
    expect(
      minutesStateWords({
        status: 'confirmed',
        updatedAt: at,
        updatedByName: '甲书记',
        confirmedAt: at,
        confirmedByName: '甲书记',
      }),
    ).toBe('已确认（甲书记，2026年3月7日 10:00）')
  })
  it('calls a draft a draft, with who saved it last', () => {
    expect(
      minutesStateWords({
        status: 'draft',
        updatedAt: at,
        updatedByName: '甲党员一',
        confirmedAt: null,
        confirmedByName: null,
      }),
    ).toBe('草稿（未确认；甲党员一2026年3月7日 10:00最后保存）')
  })
})

it('writes an amendment as date, who, why and the fields changed', () => {
  expect(amendmentWords({ at, byName: '甲书记', reason: '补充决议', fields: ['topics', 'resolutions'] })).toBe(
    '2026年3月7日 10:00 甲书记：补充决议（修改了：议题、决议事项）',
  )
})

it('counts held meetings that take minutes, and those confirmed; activities without minutes and future ones do not count', () => {
  expect(
    minutesTally([
      { type: 'committeeMeeting', held: true, minutesConfirmed: true },
      { type: 'generalMeeting', held: true, minutesConfirmed: false },
      { type: 'partyLecture', held: false, minutesConfirmed: false },
      { type: 'studyDay', held: true, minutesConfirmed: false },
    ]),
  ).toEqual({ held: 2, confirmed: 1 })
  expect(minutesTally([])).toEqual({ held: 0, confirmed: 0 })
})
