/** Words for 党员发展's stages, steps, documents and rules, as the screens, messages and audit log say them. */
import type { DevelopDeadlineKind, DevelopDoc, DevelopStage, DevelopStatus, DevelopStep } from './types'

export const DEVELOP_STAGE_LABELS: Record<DevelopStage, string> = {
  applicant: '申请入党',
  activist: '入党积极分子',
  candidate: '发展对象',
  admission: '预备党员的接收',
  probation: '预备党员的教育考察和转正',
}

/** The stage a person is in, as a person is called in it. */
export const DEVELOP_STAGE_PERSON_LABELS: Record<DevelopStage, string> = {
  applicant: '入党申请人',
  activist: '入党积极分子',
  candidate: '发展对象',
  admission: '接收预备党员',
  probation: '预备党员',
}

/** What a person is called once 转正 is approved and the file archived (材料归档 recorded). */
export const DEVELOP_DONE_PERSON_LABEL = '正式党员'

/** A person's stage as the screens call them: 正式党员 once done. */
export const personStageLabel = (stage: DevelopStage, status: DevelopStatus): string =>
  status === 'done' ? DEVELOP_DONE_PERSON_LABEL : DEVELOP_STAGE_PERSON_LABELS[stage]

export const DEVELOP_STEP_LABELS: Record<DevelopStep, string> = {
  apply: '递交入党申请书',
  talk: '派人谈话',
  activist: '推荐和确定入党积极分子',
  activistFiling: '上级党委备案（积极分子）',
  contacts: '指定培养联系人',
  training: '培养教育考察',
  candidate: '确定发展对象',
  candidateFiling: '报上级党委备案（发展对象）',
  sponsors: '确定入党介绍人',
  politicalReview: '政治审查',
  course: '集中培训',
  committeeReview: '支委会审查',
  preReview: '上级党委预审',
  form: '填写入党志愿书',
  admissionVote: '支部大会讨论接收',
  approvalTalk: '上级党委派人谈话',
  approval: '上级党委审批',
  upperFiling: '再上一级组织部门备案',
  placed: '编入支部和党小组',
  oath: '入党宣誓',
  probationReview: '继续教育考察',
  fullApplication: '提出转正申请',
  fullVote: '支部大会讨论转正',
  fullApproval: '上级党委审批转正',
  archive: '材料归档',
}

/** Each step's rule in the 细则 (or 党章), quoted beside it on the person's page and in refusals. */
export const DEVELOP_STEP_RULES: Record<DevelopStep, string> = {
  apply: '细则第六条：入党申请人向工作所在单位党组织提出入党申请',
  talk: '细则第七条：党组织收到入党申请书后，应当在一个月内派人同入党申请人谈话',
  activist: '细则第八条：采取党员推荐、群团组织推优等方式产生人选，由支部委员会研究决定',
  activistFiling: '细则第八条：确定入党积极分子后报上级党委备案',
  contacts: '细则第九条：党组织应当指定一至两名正式党员作入党积极分子的培养联系人',
  training: '细则第十一条：党支部每半年对入党积极分子进行一次考察',
  candidate:
    '细则第十三条：经过一年以上培养教育和考察、基本具备党员条件的入党积极分子，支部委员会讨论同意可列为发展对象',
  candidateFiling: '细则第十三条：列为发展对象须报上级党委备案',
  sponsors: '细则第十四条：发展对象应当有两名正式党员作入党介绍人',
  politicalReview: '细则第十五条、第十六条：对发展对象进行政治审查，没有审查结论的不能发展入党',
  course: '细则第十七条：对发展对象进行短期集中培训，时间一般不少于3天（或不少于24个学时）',
  committeeReview: '细则第十八条：支部委员会对发展对象进行严格审查，集体讨论认为合格后报上级党委预审',
  preReview: '细则第十九条：基层党委对发展对象进行预审，审查合格的发放入党志愿书',
  form: '细则第十九条：预审合格的，发放入党志愿书，由发展对象如实填写',
  admissionVote:
    '细则第二十条：支部大会讨论接收预备党员，有表决权的到会人数必须超过应到会有表决权人数的半数；赞成人数超过应到会有表决权的正式党员的半数才能通过',
  approvalTalk: '细则第二十四条：基层党委审批前，应当指派党委委员或组织员同发展对象谈话',
  approval: '细则第二十五条、第二十六条：基层党委审批应当在三个月内，特殊情况不超过六个月',
  upperFiling: '细则第二十六条：审批后报上级党委组织部门备案',
  placed: '细则第二十七条：党支部应当及时将上级党委批准的预备党员编入党支部和党小组',
  oath: '细则第二十八条：预备党员必须面向党旗进行入党宣誓',
  probationReview: '细则第二十九条：党组织对预备党员继续进行教育和考察',
  fullApplication: '细则第三十一条：预备期满前，本人向党组织提出书面转正申请',
  fullVote:
    '党章第七条：预备期一年，从支部大会通过之日算起；细则第三十三条：讨论转正的支部大会，到会人数、赞成人数的要求与讨论接收预备党员的相同',
  fullApproval: '细则第三十二条：基层党委对预备党员转正的决议，应当在三个月内审批',
  archive: '细则：入党志愿书、入党申请书、政治审查材料、转正申请书等材料及时归入本人档案',
}

export const DEVELOP_DOC_LABELS: Record<DevelopDoc, string> = {
  application: '入党申请书',
  talkRecord: '谈话记录',
  thoughtReports: '思想汇报',
  registerForm: '考察登记表',
  reviewConclusion: '政审结论',
  trainingCertificate: '培训证明',
  publicNotice: '公示',
  volunteerForm: '入党志愿书',
  resolution: '支部大会决议',
  approvalOpinion: '审批意见',
  fullApplicationLetter: '转正申请',
}

export const DEVELOP_STATUS_LABELS: Record<DevelopStatus, string> = {
  active: '培养中',
  done: '已转正归档',
  archived: '已停止培养',
}

export const DEVELOP_DEADLINE_LABELS: Record<DevelopDeadlineKind, string> = {
  talk: '一个月内谈话',
  review: '半年考察',
  oneYear: '培养满一年',
  politicalReviewOld: '政审结论满一年',
  approval: '上级党委审批期限（三个月）',
  probationEnd: '预备期满',
  fullApproval: '转正审批期限（三个月）',
}

/** Shown on the pipeline above the people. */
export const DEVELOP_RULE_SOURCE =
  '依据《中国共产党发展党员工作细则》（2014年）：五个阶段、二十五个步骤，每一步按顺序记录日期；备案、预审、审批由机关党委记录。'
