/**
 * The organisational-life records in the ledger's and 制度落实情况's words: a motion with its
 * figures and result, a member's 民主评议 line (预备党员 never graded), and a branch's year of
 * 民主评议 and 谈心谈话 at every boundary (none asked, none done, some, all).
 */
import {
  appraisalLine,
  appraisalProgressWords,
  gradeCountWords,
  motionRows,
  talkProgressWords,
} from '../../core/attendance/org-life'
import { formatChinaDateTime } from '../../core/dates'

const tally = (f: number, against = 0, abstain = 0, written = 0) => ({ for: f, against, abstain, written })

describe('motionRows', () => {
  it('gives the motion, who was entitled and came, the tally and the result in words', () => {
    expect(
      motionRows(1, {
        title: '关于确定入党积极分子',
        tally: tally(4, 1, 0, 1),
        figures: { entitled: 6, present: 5, probationary: 1 },
      }),
    ).toEqual([
      ['表决1', '关于确定入党积极分子'],
      ['表决1人数', '应到会有表决权的正式党员6人，到会5人（另有预备党员1人，没有表决权，不计在内）'],
      ['表决1票数', '赞成4票，反对1票，弃权0票（其中书面意见1份）'],
      ['表决1结果', '通过：赞成4票，超过应到会有表决权的6人的半数（至少4票）'],
    ])
  })

  it('says a motion failed by the entitled count, even with a majority of those cast', () => {
    const [, , , [, result]] = motionRows(2, {
      title: '事项',
      tally: tally(3, 1),
      figures: { entitled: 7, present: 4 },
    })
    expect(result).toBe(
      '未通过：赞成3票，没有超过应到会有表决权的7人的半数（至少4票）；虽然超过了所投4票的半数，但通过要按应到人数算',
    )
  })

  it('says the meeting could not decide without a quorum', () => {
    const [, , , [label, result]] = motionRows(3, {
      title: '事项',
      tally: tally(2),
      figures: { entitled: 5, present: 2 },
    })
    expect(label).toBe('表决3结果')
    expect(result).toBe('会议无效，不能作出决议：到会2人，没有超过应到5人的半数（至少3人）')
  })
})

describe('appraisalLine', () => {
  const doc = {
    grade: 'unqualified' as const,
    reason: '长期不参加组织生活',
    decidedOn: '2026-01-20',
    rectification: { endsOn: '2027-01-20' },
    corrections: [
      {
        at: Date.parse('2026-01-21T09:00:00+08:00'),
        byName: '甲书记',
        reason: '支委会复议',
        before: { grade: 'basic' as const, reason: '多次缺席' },
      },
    ],
  }

  it('shows a 预备党员 as taking part and not graded, whatever is stored', () => {
    expect(appraisalLine(true, doc)).toEqual({
      grade: '参加评议、不评定等次',
      reason: null,
      decidedOn: null,
      rectificationEndsOn: null,
      corrections: null,
    })
  })

  it('shows a full member without a grade as 未评定', () => {
    expect(appraisalLine(false, null).grade).toBe('未评定')
  })

  it('gives the grade, reason, date, 限期改正 end and each correction with what it was', () => {
    expect(appraisalLine(false, doc)).toEqual({
      grade: '不合格',
      reason: '长期不参加组织生活',
      decidedOn: '2026-01-20',
      rectificationEndsOn: '2027-01-20',
      corrections: `${formatChinaDateTime(Date.parse('2026-01-21T09:00:00+08:00'))} 甲书记：支委会复议（原为基本合格，多次缺席）`,
    })
    expect(
      appraisalLine(false, { ...doc, grade: 'qualified', reason: '', rectification: null, corrections: [] }),
    ).toEqual({
      grade: '合格',
      reason: null,
      decidedOn: '2026-01-20',
      rectificationEndsOn: null,
      corrections: null,
    })
  })

  it('counts grades in words, every grade named', () => {
    expect(gradeCountWords({ excellent: 1, qualified: 3, basic: 0, unqualified: 0 })).toBe(
      '优秀1人、合格3人、基本合格0人、不合格0人',
    )
  })
})

describe('a branch’s year in words', () => {
  it('民主评议: none to grade, not started, under way, done', () => {
    expect(appraisalProgressWords(0, 0)).toBe('民主评议：没有需评定等次的正式党员')
    expect(appraisalProgressWords(0, 8)).toBe('民主评议：尚未开展（正式党员8人均未评定）')
    expect(appraisalProgressWords(1, 8)).toBe('民主评议：已评定1/8人，还有7人未评定')
    expect(appraisalProgressWords(8, 8)).toBe('民主评议：已完成，正式党员8人均已评定')
  })

  it('谈心谈话: no one asked, none covered, some, all', () => {
    expect(talkProgressWords(0, 0)).toBe('谈心谈话：没有需要谈话的人')
    expect(talkProgressWords(0, 4)).toBe('谈心谈话：已谈完0/4人（0%），还有4人未谈完')
    expect(talkProgressWords(3, 4)).toBe('谈心谈话：已谈完3/4人（75%），还有1人未谈完')
    expect(talkProgressWords(4, 4)).toBe('谈心谈话：已全部谈完（4人）')
  })
})
