/** Attendance in words: a branch counts people, one person counts times (issue 23: "43次活动：应到43人"). */
import {
  figuresWords,
  makeupFiguresOf,
  makeupWords,
  memberFiguresWords,
  noFigures,
  type AttendanceFigures,
} from '../../core/attendance/figures'

const figures = (over: Partial<AttendanceFigures>): AttendanceFigures => ({ ...noFigures(), ...over })

test('a branch’s figures count people', () => {
  expect(
    figuresWords(figures({ activities: 2, expected: 16, present: 13, onLeave: 2, absent: 1, ratePct: 81.3 })),
  ).toBe('应到16人，实到13人，请假2人，缺席1人，出勤率81.3%')
})

test('one person’s figures count times, never people', () => {
  const words = memberFiguresWords(
    figures({ activities: 43, expected: 43, present: 40, onLeave: 2, absent: 1, ratePct: 93 }),
  )
  expect(words).toBe('应参加43次，出席40次，请假2次，缺席1次，出勤率93.0%')
  expect(words).not.toMatch(/人/)
  expect(memberFiguresWords(figures({ expected: 3, present: 1, leavePending: 1, absent: 1, ratePct: 33.3 }))).toBe(
    '应参加3次，出席1次，请假0次，缺席1次，请假待批1次，出勤率33.3%',
  )
  expect(memberFiguresWords(noFigures())).toBe('没有已举行的活动')
})

describe('补学 figures from task states (补学审核 and the office read the same words)', () => {
  it('counts each state once, leaves cancelled tasks out, and says 退回 apart from 未交', () => {
    const figures = makeupFiguresOf(['done', 'submitted', 'returned', 'due', 'cancelled', 'done'])
    expect(figures).toEqual({ assigned: 5, due: 1, submitted: 1, returned: 1, done: 2 })
    expect(makeupWords(figures)).toBe('补学5项：已完成2，待审1，退回1，未交1')
    expect(makeupWords(makeupFiguresOf(['cancelled']))).toBe('没有补学任务')
  })
})
