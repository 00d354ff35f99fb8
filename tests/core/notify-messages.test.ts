/** Each template's data, built from the longest and oddest inputs, passes WeChat's keyword rules as the local cloud checks them. */
import {
  activityMessage,
  birthdayMessage,
  duesMessage,
  fitName,
  fitPhrase,
  fitThing,
  makeupMessage,
  noticeMessage,
} from '../../core/notify/messages'
import { SUBSCRIBE_TEMPLATES, TEMPLATE_KEYS } from '../../core/notify/templates'
import { checkTemplateData } from '../../localcloud/platform/keywords'

const LONG = '学习贯彻党的二十届四中全会精神暨“不忘初心、牢记使命”主题教育专题组织生活会'
const at = Date.parse('2026-03-06T15:00:00+08:00')

const built = {
  activity: activityMessage({ id: 'act-1', title: LONG, startAt: at, place: `机关三楼党员活动室（${LONG}）` }, LONG),
  notice: noticeMessage({ id: 'ntc-1', title: LONG, authorName: '机关第一党支部书记 张 三', publishedAt: at }, ''),
  dues: duesMessage({ month: '2026-12', dueFen: 123456 }, LONG),
  makeup: makeupMessage({ activityId: 'act-1', title: LONG }, '补学待审核中', LONG),
  birthday: birthdayMessage({ name: '欧阳·娜娜ABC', joinDate: '1996-02-29' }, LONG),
}

describe.each(TEMPLATE_KEYS)('the %s template', (key) => {
  const message = built[key]

  it('uses exactly the keywords declared for it', () => {
    expect(message.template).toBe(key)
    expect(Object.keys(message.data).sort()).toEqual(Object.keys(SUBSCRIBE_TEMPLATES[key].keywords).sort())
  })

  it('passes WeChat’s keyword rules even from over-long input', () => {
    expect(checkTemplateData(message.data)).toBeNull()
  })
})

describe('fitting values to keyword kinds', () => {
  it('shortens a thing to 20 characters with an ellipsis, counting emoji as one', () => {
    expect([...fitThing(LONG)]).toHaveLength(20)
    expect(fitThing(LONG).endsWith('…')).toBe(true)
    expect(fitThing('🎉'.repeat(20))).toBe('🎉'.repeat(20))
    expect(fitThing('  \n ')).toBe('详见小程序')
  })

  it('keeps a name all Chinese or all letters, at most 10', () => {
    expect(fitName('机关第一党支部书记 张 三')).toBe('机关第一党支部书记张')
    expect(fitName('欧阳·娜娜ABC')).toBe('欧阳·娜娜')
    expect(fitName('Zhang San')).toBe('ZhangSan')
    expect(fitName('123')).toBe('党支部')
  })

  it('keeps a phrase to 5 Chinese characters', () => {
    expect(fitPhrase('补学待审核中')).toBe('补学待审核')
    expect(fitPhrase('OK!')).toBe('请查看')
  })

  it('writes times and amounts as WeChat accepts them', () => {
    expect(built.activity.data.time2.value).toBe('2026年3月6日 15:00')
    expect(built.dues.data).toMatchObject({ thing1: { value: '2026年12月党费' }, amount2: { value: '1234.56元' } })
    expect(built.birthday.data.date2.value).toBe('1996年2月29日')
  })
})
