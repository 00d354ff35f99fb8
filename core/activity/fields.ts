/** Field schemas of activity actions, with the Chinese messages a person sees when a value is wrong. */
import * as v from 'valibot'
import { docId, text } from '../contract/fields'
import { isClock } from './clock'
import { SIGN_IN_KEY_PATTERN } from './code'
import { LIMITS } from './limits'
import { ACTIVITY_TYPES, SCHEDULE_KINDS } from './types'

export { LIMITS }

export const activityType = v.picklist(ACTIVITY_TYPES, '活动类型不对')
export const scheduleKind = v.picklist(SCHEDULE_KINDS, '只有固定学习日和党员集中活动日可以设为每月固定')

export const clockField = (label: string) =>
  v.pipe(v.string(`请选择${label}`), v.check(isClock, `${label}应为“15:00”这样的时间`))

export const recurrence = v.variant(
  'kind',
  [
    v.object({
      kind: v.literal('nthWeekday'),
      n: v.picklist([1, 2, 3, 4, -1] as const, '请选择第几个星期'),
      weekday: v.picklist([1, 2, 3, 4, 5, 6, 7] as const, '请选择星期几'),
    }),
    v.object({
      kind: v.literal('monthDay'),
      day: v.pipe(v.number('请选择日期'), v.integer('日期不对'), v.minValue(1, '日期不对'), v.maxValue(31, '日期不对')),
    }),
  ],
  '请选择每月的哪一天',
)

const coordinate = (label: string, limit: number) =>
  v.pipe(
    v.number(`${label}不对`),
    v.finite(`${label}不对`),
    v.minValue(-limit, `${label}不对`),
    v.maxValue(limit, `${label}不对`),
  )

export const geofence = v.object({
  lat: coordinate('纬度', 90),
  lng: coordinate('经度', 180),
  radiusM: v.pipe(
    v.number('签到范围不对'),
    v.integer('签到范围应为整数米'),
    v.minValue(30, '签到范围至少30米'),
    v.maxValue(5000, '签到范围最多5000米'),
  ),
})

export const position = v.object({
  lat: coordinate('纬度', 90),
  lng: coordinate('经度', 180),
  accuracyM: v.optional(v.pipe(v.number('定位精度不对'), v.finite('定位精度不对'), v.minValue(0, '定位精度不对'))),
})

export const material = v.variant(
  'kind',
  [
    v.object({
      kind: v.literal('text'),
      title: text('材料标题', LIMITS.materialTitle),
      text: text('材料内容', LIMITS.materialText),
    }),
    v.object({
      kind: v.literal('link'),
      title: text('链接标题', LIMITS.materialTitle),
      url: v.pipe(
        v.string('请填写链接'),
        v.trim(),
        v.maxLength(LIMITS.url, '链接太长'),
        v.regex(/^https?:\/\/\S+$/, '链接应以 http:// 或 https:// 开头'),
      ),
    }),
    v.object({
      kind: v.literal('file'),
      title: text('文件标题', LIMITS.materialTitle),
      fileID: v.pipe(v.string('文件不对'), v.startsWith('cloud://', '文件不对'), v.maxLength(500, '文件不对')),
    }),
  ],
  '学习材料的格式不对',
)

export const materials = v.pipe(
  v.array(material, '学习材料的格式不对'),
  v.maxLength(LIMITS.materials, `学习材料最多${LIMITS.materials}项`),
)

export const expectedSpec = v.variant(
  'kind',
  [
    v.object({ kind: v.literal('branch') }),
    v.object({ kind: v.literal('committee') }),
    v.object({ kind: v.literal('group'), groupId: docId('党小组') }),
    v.object({
      kind: v.literal('members'),
      memberIds: v.pipe(
        v.array(docId('党员'), '参加人员不对'),
        v.minLength(1, '请至少选择一名参加人员'),
        v.maxLength(LIMITS.namedMembers, `参加人员最多${LIMITS.namedMembers}名`),
      ),
    }),
  ],
  '请选择参加范围',
)

export const reason = text('原因', LIMITS.reason, LIMITS.reasonMin)
export const signInCode = v.pipe(
  v.string('请填写签到码'),
  v.trim(),
  v.regex(new RegExp(`^\\d{${LIMITS.signInCode}}$`), `签到码是${LIMITS.signInCode}位数字`),
)
/** The activity's key in a 小程序码's scene (code.ts). */
export const signInKey = v.pipe(
  v.string('签到二维码不对，请重新扫描书记手机上的二维码'),
  v.regex(SIGN_IN_KEY_PATTERN, '签到二维码不对，请重新扫描书记手机上的二维码'),
)
export const reflection = text('心得', LIMITS.reflectionMax, LIMITS.reflectionMin)
