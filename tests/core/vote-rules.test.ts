/**
 * 表决 at a 支部党员大会 at every boundary: the quorum (more than half of those entitled present),
 * the threshold (赞成 more than half of ALL entitled, not of those present), 预备党员 without a
 * vote, and written opinions that count in the tally but not toward the quorum.
 */
import {
  figuresOf,
  figuresWords,
  meetingValid,
  moreThanHalf,
  passThreshold,
  quorumNeeded,
  quorumWords,
  tallyProblem,
  thresholdWords,
  voteResult,
} from '../../core/vote/rules'
import type { Tally } from '../../core/vote/types'

const tally = (f: number, a = 0, b = 0, written = 0): Tally => ({ for: f, against: a, abstain: b, written })

describe('more than half', () => {
  it.each([
    [0, 1],
    [1, 1],
    [2, 2],
    [3, 2],
    [4, 3],
    [9, 5],
    [10, 6],
    [11, 6],
  ])('of %i is at least %i', (n, need) => {
    expect(moreThanHalf(n)).toBe(need)
    expect(quorumNeeded({ entitled: n, present: 0 })).toBe(need)
    expect(passThreshold({ entitled: n, present: 0 })).toBe(need)
  })
})

describe('the quorum', () => {
  it('with an even number entitled, exactly half present is not enough; one more is', () => {
    expect(meetingValid({ entitled: 10, present: 5 })).toBe(false)
    expect(meetingValid({ entitled: 10, present: 6 })).toBe(true)
  })

  it('with an odd number entitled, the first whole number over half is enough', () => {
    expect(meetingValid({ entitled: 9, present: 4 })).toBe(false)
    expect(meetingValid({ entitled: 9, present: 5 })).toBe(true)
  })

  it('a meeting nobody is entitled at cannot decide', () => {
    expect(meetingValid({ entitled: 0, present: 0 })).toBe(false)
    expect(quorumWords({ entitled: 0, present: 0 })).toMatch(/不能表决/)
  })

  it('says so in words with its figures', () => {
    expect(quorumWords({ entitled: 10, present: 6 })).toBe('到会6人，超过应到10人的半数（至少6人），会议有效')
    expect(quorumWords({ entitled: 10, present: 5 })).toBe(
      '到会5人，没有超过应到10人的半数（至少6人），会议无效，不能作出决议',
    )
  })
})

describe('预备党员 have no vote', () => {
  it('are counted neither as entitled nor as present', () => {
    const people = [
      { probationary: false, present: true },
      { probationary: false, present: true },
      { probationary: false, present: false },
      { probationary: true, present: true },
      { probationary: true, present: true },
    ]
    const figures = figuresOf(people)
    expect(figures).toEqual({ entitled: 3, present: 2, probationary: 2 })
    expect(meetingValid(figures)).toBe(true)
    expect(figuresWords(figures)).toBe('应到会有表决权的正式党员3人，到会2人（另有预备党员2人，没有表决权，不计在内）')
  })

  it('do not make a meeting valid by coming', () => {
    const figures = figuresOf([
      { probationary: false, present: true },
      { probationary: false, present: false },
      { probationary: true, present: true },
      { probationary: true, present: true },
    ])
    expect(figures).toMatchObject({ entitled: 2, present: 1 })
    expect(meetingValid(figures)).toBe(false)
  })
})

describe('the threshold counts all entitled, not those present', () => {
  const figures = { entitled: 10, present: 7 }

  it('passes at more than half of all entitled (10 → 6)', () => {
    expect(voteResult(figures, tally(6, 1, 0)).outcome).toBe('passed')
  })

  it('fails at exactly half of all entitled, though a majority of those present', () => {
    const result = voteResult(figures, tally(5, 1, 1))
    expect(result).toMatchObject({ valid: true, threshold: 6, outcome: 'failed', label: '未通过' })
    expect(result.lines).toEqual([
      '赞成5票，反对1票，弃权1票',
      '赞成5票，没有超过应到会有表决权的10人的半数（至少6票），未通过；虽然超过了所投7票的半数，但通过要按应到人数算',
    ])
  })

  it('with an odd number entitled (9 → 5)', () => {
    expect(voteResult({ entitled: 9, present: 5 }, tally(5)).outcome).toBe('passed')
    expect(voteResult({ entitled: 9, present: 5 }, tally(4, 1)).outcome).toBe('failed')
  })

  it('says the threshold in words', () => {
    expect(thresholdWords(figures)).toBe(
      '赞成票须超过应到会有表决权的正式党员10人的半数，即至少6票（按应到人数算，不按到会人数算）',
    )
  })

  it('a passed motion says why, with its figures', () => {
    expect(voteResult(figures, tally(7, 0, 0, 0)).lines[1]).toBe(
      '赞成7票，超过应到会有表决权的10人的半数（至少6票），通过',
    )
  })

  it('a meeting without its quorum decides nothing, however many vote for', () => {
    const result = voteResult({ entitled: 10, present: 5 }, tally(5, 0, 0))
    expect(result).toMatchObject({ valid: false, outcome: 'void', label: '会议无效，不能作出决议' })
    expect(result.lines[1]).toMatch(/会议无效/)
  })
})

describe('written opinions', () => {
  const figures = { entitled: 10, present: 6 }

  it('count in the tally: 5 present for and 1 written for make 6 of 10', () => {
    const result = voteResult(figures, tally(6, 0, 0, 1))
    expect(result.outcome).toBe('passed')
    expect(result.lines[0]).toBe('赞成6票，反对0票，弃权0票（其中书面意见1份）')
    expect(tallyProblem(figures, tally(6, 0, 0, 1))).toBeNull()
  })

  it('do not count toward the quorum', () => {
    // 5 of 10 came and 3 sent written opinions: still not more than half present.
    const five = { entitled: 10, present: 5 }
    expect(tallyProblem(five, tally(8, 0, 0, 3))).toBeNull()
    expect(voteResult(five, tally(8, 0, 0, 3)).outcome).toBe('void')
  })

  it('may come only from the entitled who were absent', () => {
    expect(tallyProblem(figures, tally(8, 0, 0, 4))).toBeNull()
    expect(tallyProblem(figures, tally(8, 0, 0, 5))).toEqual({
      code: 'VOTE.WRITTEN_OVER',
      message: '书面意见5份，多于没有到会的有表决权党员4人（应到10人，到会6人）',
    })
  })

  it('are part of the tally, not beside it', () => {
    expect(tallyProblem(figures, tally(1, 0, 0, 2))?.code).toBe('VOTE.WRITTEN_NOT_IN_TALLY')
  })
})

describe('a tally that cannot be', () => {
  const figures = { entitled: 10, present: 6 }

  it('may not exceed those present and entitled plus the written opinions', () => {
    expect(tallyProblem(figures, tally(4, 1, 1))).toBeNull()
    expect(tallyProblem(figures, tally(4, 2, 1))).toEqual({
      code: 'VOTE.TALLY_OVER',
      message: '赞成、反对、弃权合计7票，超过了到会有表决权的6人加书面意见0份（最多6票）',
    })
    expect(tallyProblem(figures, tally(5, 1, 1, 1))).toBeNull()
  })

  it('may be fewer than those present (someone did not hand in a ballot)', () => {
    expect(tallyProblem(figures, tally(3, 1, 0))).toBeNull()
  })

  it('is not empty', () => {
    expect(tallyProblem(figures, tally(0))?.code).toBe('VOTE.EMPTY_TALLY')
  })

  it('is not taken where nobody is entitled', () => {
    expect(tallyProblem({ entitled: 0, present: 0 }, tally(1))?.code).toBe('VOTE.NO_ONE_ENTITLED')
  })
})
