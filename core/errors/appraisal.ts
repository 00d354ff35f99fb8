/** Error codes of 民主评议党员: `DOMAIN.REASON` → what a person reads. */
export const APPRAISAL_ERRORS = {
  'APPRAISAL.FUTURE_YEAR': '这一年还没有到，不能评议',
  'APPRAISAL.YEAR_TOO_OLD': '这一年太久远了，请在纸质档案中查阅',
  'APPRAISAL.NOT_APPRAISED': '已离开或转出本支部的党员不参加本支部的评议',
  'APPRAISAL.PROBATIONARY': '预备党员参加评议，但不评定等次',
  'APPRAISAL.REASON_REQUIRED': '评为基本合格或不合格，须写明理由',
  'APPRAISAL.BAD_DATE': '评定日期不对',
  'APPRAISAL.RECORDED': '这位党员这一年的等次已经记录，修改请写明原因',
  'APPRAISAL.NOT_RECORDED': '这位党员这一年还没有记录等次',
  'APPRAISAL.NOTHING_CHANGED': '没有要修改的内容',
  'APPRAISAL.CHANGED_MEANWHILE': '等次刚刚被别人修改过，请返回重新打开后再改',
} as const satisfies Record<string, string>
