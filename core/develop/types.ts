/**
 * 党员发展 (issue 25): from an application to 转正 in the 5 stages and 25 steps of the 2014
 * 《中国共产党发展党员工作细则》 (细则 below). People in the pipeline are not members: the app keeps
 * only what the steps need — name, branch, each step's date and who recorded it, the 培养联系人
 * and 入党介绍人 from the branch's roster, and the paper documents ticked off. No ID numbers; the
 * 政审 itself stays on paper. Each rule, with its article, is in rules.ts.
 */

export type DevelopStage = 'applicant' | 'activist' | 'candidate' | 'admission' | 'probation'
export const DEVELOP_STAGES: readonly DevelopStage[] = ['applicant', 'activist', 'candidate', 'admission', 'probation']

/** The 25 steps in the order the 细则 lays them down. */
export type DevelopStep =
  | 'apply'
  | 'talk'
  | 'activist'
  | 'activistFiling'
  | 'contacts'
  | 'training'
  | 'candidate'
  | 'candidateFiling'
  | 'sponsors'
  | 'politicalReview'
  | 'course'
  | 'committeeReview'
  | 'preReview'
  | 'form'
  | 'admissionVote'
  | 'approvalTalk'
  | 'approval'
  | 'upperFiling'
  | 'placed'
  | 'oath'
  | 'probationReview'
  | 'fullApplication'
  | 'fullVote'
  | 'fullApproval'
  | 'archive'

/**
 * What recording a step takes besides its date: `vote` — a passed 表决 at a 支部党员大会 (the
 * meeting's day is the step's date); `people` — members of the branch's roster; `course` — the
 * training's days or 学时.
 */
export type StepInput = 'date' | 'vote' | 'people' | 'course'

/** Who records it: the branch, or the upper committee (机关党委, the office): 备案, 预审, 审批. */
export type StepBy = 'branch' | 'office'

export interface StepSpec {
  key: DevelopStep
  stage: DevelopStage
  input: StepInput
  by: StepBy
}

const s = (key: DevelopStep, stage: DevelopStage, input: StepInput = 'date', by: StepBy = 'branch'): StepSpec => ({
  key,
  stage,
  input,
  by,
})

export const DEVELOP_STEPS: readonly StepSpec[] = [
  s('apply', 'applicant'),
  s('talk', 'applicant'),
  s('activist', 'activist'),
  s('activistFiling', 'activist', 'date', 'office'),
  s('contacts', 'activist', 'people'),
  s('training', 'activist'),
  s('candidate', 'candidate'),
  s('candidateFiling', 'candidate', 'date', 'office'),
  s('sponsors', 'candidate', 'people'),
  s('politicalReview', 'candidate'),
  s('course', 'candidate', 'course'),
  s('committeeReview', 'admission'),
  s('preReview', 'admission', 'date', 'office'),
  s('form', 'admission'),
  s('admissionVote', 'admission', 'vote'),
  s('approvalTalk', 'admission', 'date', 'office'),
  s('approval', 'admission', 'date', 'office'),
  s('upperFiling', 'admission', 'date', 'office'),
  s('placed', 'probation'),
  s('oath', 'probation'),
  s('probationReview', 'probation'),
  s('fullApplication', 'probation'),
  s('fullVote', 'probation', 'vote'),
  s('fullApproval', 'probation', 'date', 'office'),
  s('archive', 'probation'),
]

export const DEVELOP_STEP_KEYS: readonly DevelopStep[] = DEVELOP_STEPS.map((x) => x.key)

export function stepSpec(step: DevelopStep): StepSpec {
  return DEVELOP_STEPS.find((x) => x.key === step)!
}

/** The paper documents of a person's file, ticked off as they are in. */
export type DevelopDoc =
  | 'application'
  | 'talkRecord'
  | 'thoughtReports'
  | 'registerForm'
  | 'reviewConclusion'
  | 'trainingCertificate'
  | 'publicNotice'
  | 'volunteerForm'
  | 'resolution'
  | 'approvalOpinion'
  | 'fullApplicationLetter'

export const DEVELOP_DOCS: readonly DevelopDoc[] = [
  'application',
  'talkRecord',
  'thoughtReports',
  'registerForm',
  'reviewConclusion',
  'trainingCertificate',
  'publicNotice',
  'volunteerForm',
  'resolution',
  'approvalOpinion',
  'fullApplicationLetter',
]

/** A person's place in the pipeline: still going, done (材料归档 recorded), or archived with a reason. */
export type DevelopStatus = 'active' | 'done' | 'archived'

/** What the rules read of a person: each recorded step's China day, the half-year reviews, the extension. */
export interface DevelopRecord {
  steps: Partial<Record<DevelopStep, string>>
  /** 培养教育考察: each half-year review's day, oldest first. */
  reviews: string[]
  /** 延长预备期: months (6–12), once; null without. */
  extensionMonths: number | null
}

/** Deadlines the timer reminds of, once each. */
export type DevelopDeadlineKind =
  'talk' | 'review' | 'oneYear' | 'politicalReviewOld' | 'approval' | 'probationEnd' | 'fullApproval'
