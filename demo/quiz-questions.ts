/**
 * Demo 题库 questions: the office's bank of 61 (imported four months ago, texts in quiz-bank.ts)
 * as stored documents, and 机关第一党支部's own few, one retired since. Relative to the clock.
 */
import { JUDGE_OPTIONS, OPTION_LETTERS } from '../core/quiz/labels'
import type { QuestionDoc } from '../server/actions/quiz/model'
import { DEMO_BANK } from './quiz-bank'

const DAY = 24 * 3600_000
const HOUR = 3600_000

function answerOf(letters: string, kind: string): number[] {
  if (kind === 'judge') return [letters === JUDGE_OPTIONS[0] ? 0 : 1]
  return [...letters].map((l) => OPTION_LETTERS.indexOf(l as (typeof OPTION_LETTERS)[number]))
}

export function demoQuestions(now: number): QuestionDoc[] {
  const at = now - 120 * DAY
  return DEMO_BANK.map(([kind, topic, stem, options, letters, explanation, source], i) => ({
    _id: `qq-demo-${String(i + 1).padStart(2, '0')}`,
    kind,
    topic,
    stem,
    options: kind === 'judge' ? [...JUDGE_OPTIONS] : options,
    answer: answerOf(letters, kind),
    explanation,
    source,
    branchId: null,
    status: 'active',
    importId: 'qimport-demo',
    contentVerdict: 'pass',
    createdAt: at + i,
    updatedAt: at,
    updatedByName: '机关党委管理员',
  }))
}

/** 机关第一党支部's own questions, added by its secretary: one retired since. None drawn yet. */
export function demoBranchQuestions(now: number, secretaryName: string): QuestionDoc[] {
  const own: Array<[QuestionDoc['kind'], string, string[], number[], string, boolean]> = [
    [
      'single',
      '本支部“三会一课”中的党课，一般多长时间上一次？',
      ['每月一次', '每季度至少一次', '每年一次'],
      [1],
      '党支部每季度至少上1次党课，书记每年至少讲1次党课。本支部安排在每季度末的固定学习日。',
      false,
    ],
    [
      'judge',
      '党员因故不能参加支部组织生活，应当向党支部请假。',
      [...JUDGE_OPTIONS],
      [0],
      '党员不能参加组织生活时应当向党支部请假，缺席的事后补学。',
      false,
    ],
    [
      'multiple',
      '本支部主题党日一般安排哪些内容？',
      ['集中学习', '交纳党费', '志愿服务', '评比排名'],
      [0, 1, 2],
      '主题党日可以集中学习、交纳党费、开展志愿服务等，不搞评比排名。',
      false,
    ],
    ['judge', '党小组会一般每季度召开1次。', [...JUDGE_OPTIONS], [1], '党小组会一般每月召开1次。', true],
  ]
  const at = now - 20 * DAY
  return own.map(([kind, stem, options, answer, explanation, retired], i) => ({
    _id: `qq-demo-b1-${i + 1}`,
    kind,
    topic: 'rules',
    stem,
    options,
    answer,
    explanation,
    source: '《中国共产党支部工作条例（试行）》',
    branchId: 'org-b1',
    status: retired ? 'retired' : 'active',
    importId: null,
    contentVerdict: 'pass',
    createdAt: at + i * HOUR,
    updatedAt: retired ? at + 5 * DAY : at + i * HOUR,
    updatedByName: secretaryName,
  }))
}
