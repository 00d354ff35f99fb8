/** Templates given with their keywords: data naming a keyword the template lacks gets 47003. */
import { Clock } from '../../../localcloud/clock'
import { SUBSCRIBE_ERRORS } from '../../../localcloud/platform'
import { openStateStore } from '../../../localcloud/platform/state'
import { SubscribeMessages } from '../../../localcloud/platform/subscribe'
import { clockStart } from '../../helpers/now'

const MEMBER = 'oMember0000000000000000000001'

async function messages(): Promise<SubscribeMessages> {
  const templates = [{ id: 'tpl-dues', keywords: ['thing1', 'amount2'] }, { id: 'tpl-any' }]
  const subscribe = new SubscribeMessages(await openStateStore(null), new Clock(clockStart()), templates)
  subscribe.grant(MEMBER, 'tpl-dues', 2)
  subscribe.grant(MEMBER, 'tpl-any', 1)
  return subscribe
}

const send = (subscribe: SubscribeMessages, templateId: string, data: Record<string, { value: string }>) =>
  subscribe.send({ touser: MEMBER, template_id: templateId, data })

it("sends data whose keywords are the template's", async () => {
  const subscribe = await messages()
  expect(await send(subscribe, 'tpl-dues', { thing1: { value: '11月党费' }, amount2: { value: '¥12.50' } })).toEqual({
    errcode: 0,
    errmsg: 'ok',
  })
})

it('refuses a keyword the template lacks with 47003 naming it, and keeps the authorization', async () => {
  const subscribe = await messages()
  const reply = await send(subscribe, 'tpl-dues', { thing1: { value: '11月党费' }, thing3: { value: '请及时缴纳' } })
  expect(reply.errcode).toBe(SUBSCRIBE_ERRORS.invalidData)
  expect(reply.errmsg).toContain('data.thing3')
  expect(subscribe.quota(MEMBER)['tpl-dues']).toBe(2)
})

it('accepts any well-formed keyword for a template given without keywords', async () => {
  const subscribe = await messages()
  expect((await send(subscribe, 'tpl-any', { thing9: { value: '任意' } })).errcode).toBe(0)
})

it('refuses a template id it was not given with 40037', async () => {
  const subscribe = await messages()
  expect((await send(subscribe, 'tpl-other', { thing1: { value: 'x' } })).errcode).toBe(
    SUBSCRIBE_ERRORS.invalidTemplate,
  )
})
