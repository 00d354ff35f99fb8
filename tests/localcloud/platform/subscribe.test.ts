/**
 * subscribeMessage.send through the real wx-server-sdk: WeChat's checks, error codes and
 * one-time authorizations, and a record of every attempt.
 */
import { MEMBER, OTHER, TEMPLATES, sdkError, startRig, type Rig } from './rig'

let rig: Rig

beforeAll(async () => {
  rig = await startRig({ dataDir: null, templates: Object.values(TEMPLATES).map((id) => ({ id })) })
})
afterAll(() => rig.close())
beforeEach(() => rig.platform().reset())

function reminder(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    touser: MEMBER,
    templateId: TEMPLATES.activity,
    page: 'pages/activity/detail?id=act_1',
    miniprogramState: 'developer',
    data: {
      thing1: { value: '第一党支部3月党员集中活动日' },
      time2: { value: '2026年3月6日 15:00' },
      thing3: { value: '机关三楼会议室' },
      phrase4: { value: '待参加' },
    },
    ...overrides,
  }
}

const send = (message: Record<string, unknown>) => rig.cloud.openapi.subscribeMessage.send(message)

test('a send with an authorization succeeds and consumes exactly that authorization', async () => {
  rig.platform().grantSubscription(MEMBER, TEMPLATES.activity)
  rig.platform().grantSubscription(MEMBER, TEMPLATES.notice)
  const sentAt = Date.UTC(2026, 2, 5, 1, 0)
  rig.clock.set(sentAt)

  const result = await send(reminder())

  expect(result).toMatchObject({ errCode: 0, errMsg: 'openapi.subscribeMessage.send:ok' })
  expect(rig.platform().quota(MEMBER)).toEqual({ [TEMPLATES.activity]: 0, [TEMPLATES.notice]: 1 })
  const [message] = rig.platform().messages()
  expect(message).toMatchObject({
    touser: MEMBER,
    templateId: TEMPLATES.activity,
    page: 'pages/activity/detail?id=act_1',
    miniprogramState: 'developer',
    data: { thing1: { value: '第一党支部3月党员集中活动日' } },
    outcome: 'sent',
  })
  expect(message.at - sentAt).toBeGreaterThanOrEqual(0)
  expect(message.at - sentAt).toBeLessThan(5000)
  rig.clock.set(null)
})

test('a second send on one authorization fails with 43101, and is recorded', async () => {
  rig.platform().grantSubscription(MEMBER, TEMPLATES.activity)
  await send(reminder())

  const error = await sdkError(send(reminder()))

  expect(error.errCode).toBe(43101)
  expect(error.errMsg).toContain('user refuse to accept the msg')
  expect(
    rig
      .platform()
      .messages()
      .map((m) => m.outcome),
  ).toEqual(['sent', { errCode: 43101, errMsg: expect.stringContaining('user refuse') }])
})

test('authorizations are per user and per template', async () => {
  rig.platform().grantSubscription(OTHER, TEMPLATES.activity)
  rig.platform().grantSubscription(MEMBER, TEMPLATES.notice)

  expect((await sdkError(send(reminder()))).errCode).toBe(43101)
  expect(rig.platform().quota(OTHER)).toEqual({ [TEMPLATES.activity]: 1 })
})

test('two concurrent sends on one authorization: exactly one is delivered', async () => {
  rig.platform().grantSubscription(MEMBER, TEMPLATES.activity)

  const outcomes = await Promise.allSettled([send(reminder()), send(reminder())])

  expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1)
})

test('an unknown template id fails with 40037', async () => {
  const error = await sdkError(send(reminder({ templateId: 'tmpl_not_in_this_mini_program' })))
  expect(error.errCode).toBe(40037)
})

test.each([['m_0001'], [''], ['oAbc'], ['o has spaces in it 000000000']])(
  'a malformed openid %j fails with 40003',
  async (touser) => {
    expect((await sdkError(send(reminder({ touser })))).errCode).toBe(40003)
  },
)

test.each([['/pages/activity/detail'], ['https://example.com/x'], ['pages/activity/detail.html'], ['pages//x']])(
  'a page that is not a mini-program path (%s) fails with 41030',
  async (page) => {
    rig.platform().grantSubscription(MEMBER, TEMPLATES.activity)
    expect((await sdkError(send(reminder({ page })))).errCode).toBe(41030)
    expect(rig.platform().quota(MEMBER)[TEMPLATES.activity]).toBe(1)
  },
)

test('a thing longer than 20 characters fails with 47003 naming the field', async () => {
  rig.platform().grantSubscription(MEMBER, TEMPLATES.activity)
  const data = { thing1: { value: '关于开展二〇二六年度民主评议党员工作的通知' }, time2: { value: '15:00' } }

  const error = await sdkError(send(reminder({ data })))

  expect(error.errCode).toBe(47003)
  expect(error.errMsg).toContain('data.thing1.value')
  expect(rig.platform().quota(MEMBER)[TEMPLATES.activity]).toBe(1)
})

test.each([
  ['2026-03-06 15:00:00'],
  ['2026-03-06 15:00'],
  ['2026年3月6日 15:00:00'],
  ['25:00'],
  ['下午三点'],
  ['2026年3月6日'],
])('a time value %j is refused with 47003', async (value) => {
  const error = await sdkError(send(reminder({ data: { time2: { value } } })))
  expect(error.errCode).toBe(47003)
  expect(error.errMsg).toContain('data.time2.value')
})

test.each([['2026年3月6日 15:00'], ['15:00'], ['9:30'], ['2026年3月6日 15:00~2026年3月6日 17:00']])(
  'a time value %j is accepted',
  async (value) => {
    rig.platform().grantSubscription(MEMBER, TEMPLATES.activity)
    await expect(send(reminder({ data: { time2: { value } } }))).resolves.toMatchObject({ errCode: 0 })
  },
)

test.each([
  ['phrase1', '待参加活动了'],
  ['phrase1', 'ok'],
  ['name1', '欧阳娜娜欧阳娜娜欧阳娜'],
  ['name1', '张三Li'],
  ['number1', '12a'],
  ['number1', '1'.repeat(33)],
  ['character_string1', 'x'.repeat(33)],
  ['character_string1', '中文编号'],
  ['date1', '2026-03-06'],
  ['date1', '15:00'],
  ['thing1', ''],
  ['thing1', '   '],
  ['unknown1', 'x'],
])('%s = %j is refused with 47003 naming the field', async (key, value) => {
  const error = await sdkError(send(reminder({ data: { [key]: { value } } })))
  expect(error.errCode).toBe(47003)
  expect(error.errMsg).toContain(`data.${key}`)
})

test.each([
  ['phrase1', '已请假'],
  ['name1', '王建国'],
  ['number1', '12'],
  ['character_string1', 'DF-2026-03'],
  ['date1', '2026年12月31日'],
  ['date1', '2026年3月6日 15:00'],
  ['amount1', '¥30.00'],
])('%s = %j is accepted', async (key, value) => {
  rig.platform().grantSubscription(MEMBER, TEMPLATES.activity)
  await expect(send(reminder({ data: { [key]: { value } } }))).resolves.toMatchObject({ errCode: 0 })
})

test('an unknown miniprogramState is refused', async () => {
  expect((await sdkError(send(reminder({ miniprogramState: 'production' })))).errCode).toBe(47003)
})

test('every refused attempt is recorded with its code, and no authorization is spent', async () => {
  rig.platform().grantSubscription(MEMBER, TEMPLATES.activity)
  await sdkError(send(reminder({ templateId: 'nope' })))
  await sdkError(send(reminder({ touser: 'bad' })))
  await send(reminder())

  expect(
    rig
      .platform()
      .messages()
      .map((m) => (m.outcome === 'sent' ? 'sent' : m.outcome.errCode)),
  ).toEqual([40037, 40003, 'sent'])
})

test('grantSubscription refuses a template the mini-program does not have', () => {
  expect(() => rig.platform().grantSubscription(MEMBER, 'nope')).toThrow(/unknown template/)
})

test('an openapi the local cloud does not serve fails as WeChat’s "API not found"', async () => {
  const error = await sdkError(rig.cloud.openapi.ocr.idcard({ type: 'photo', imgUrl: 'https://example.com/id.jpg' }))
  expect(error.errCode).toBe(-604100)
})

test('总是保持以上选择 is kept per user and template, and refuses what WeChat would never keep', async () => {
  const platform = rig.platform()
  platform.keepSubscriptionChoices(MEMBER, { [TEMPLATES.activity]: 'accept' })
  platform.keepSubscriptionChoices(MEMBER, { [TEMPLATES.notice]: 'reject' })
  expect(platform.keptSubscriptionChoices(MEMBER)).toEqual({
    [TEMPLATES.activity]: 'accept',
    [TEMPLATES.notice]: 'reject',
  })
  expect(platform.keptSubscriptionChoices(OTHER)).toEqual({})
  expect(() => platform.keepSubscriptionChoices(MEMBER, { 'no-such-template': 'accept' })).toThrow(/unknown template/)
  expect(() => platform.keepSubscriptionChoices('m-b1-01', { [TEMPLATES.activity]: 'accept' })).toThrow(/openid/)
  // Keeping is not authorizing: no message may be sent on it alone.
  expect(platform.quota(MEMBER)).toEqual({})
  await platform.reset()
  expect(platform.keptSubscriptionChoices(MEMBER)).toEqual({})
})
