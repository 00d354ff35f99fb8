/** How long the pipeline's periods are and how much its fields hold; the app's fields and the cloud's checks read these. */
export const DEVELOP_LIMITS = {
  /** A person's name. */
  name: 20,
  nameMin: 2,
  /** 细则第七条: the branch talks with an applicant within one month. */
  talkMonths: 1,
  /** 细则第十一条: the branch reviews an 积极分子 every half year. */
  reviewMonths: 6,
  /** 细则第十一条 × 第十三条: a year of 培养 holds at least two half-year reviews. */
  reviewsBeforeCandidate: 2,
  /** 细则第十三条: at least one year as 积极分子 before becoming a 发展对象. */
  activistMonths: 12,
  /** 细则第九条: one or two 培养联系人. */
  contactsMin: 1,
  contactsMax: 2,
  /** 细则第十四条: two 入党介绍人. */
  sponsors: 2,
  /** 细则第十七条: 集中培训 of at least 3 days or 24 学时. */
  courseDays: 3,
  courseHours: 24,
  /** Upper bounds a typed figure may have. */
  courseDaysMax: 60,
  courseHoursMax: 480,
  /** 细则第二十六条 / 第三十二条: the upper committee approves within 3 months, 6 at most. */
  approvalMonths: 3,
  approvalMaxMonths: 6,
  /** 党章第七条: the 预备期 is one year from the 支部大会's vote. */
  probationMonths: 12,
  /** 细则第三十条: extended once, by at least half a year and at most a year. */
  extendMin: 6,
  extendMax: 12,
  /** The 转正 application comes about a month before the 预备期 ends; the reminder goes out then too. */
  fullApplicationAheadMonths: 1,
  /** A 政审 conclusion older than a year is looked at again before admission. */
  reviewValidMonths: 12,
  /** Days before a deadline that its reminder goes out (the one-month talk, a half-year review). */
  remindDaysAhead: 7,
  /** Why a person leaves the pipeline. */
  reason: 100,
  reasonMin: 2,
} as const
