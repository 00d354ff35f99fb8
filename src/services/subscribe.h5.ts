// H5 against the local cloud: a faithful stand-in for WeChat's authorization sheet. Each 允许
// grants one authorization through the local cloud (as WeChat's servers would record it), so the
// local cloud counts the grants itself and refuses a second message with 43101; 总是保持以上选择
// is kept by the local cloud, as WeChat keeps it, and read back as getSetting's itemSettings.
import { SUBSCRIBE_TEMPLATES, TEMPLATE_KEYS } from '@core/notify/templates'
import { currentOpenid } from './demo-identity'
import type { KeptChoices, SheetAnswer } from './subscribe-types'
import type { requestSubscribe as Request, readKeptChoices as Read } from './subscribe'

type Kept = KeptChoices['itemSettings']

/** What WeChat keeps for this person (the demo's seeded choices included); nothing when unreachable. */
async function kept(): Promise<Kept> {
  try {
    const res = await fetch(`${LOCAL_CLOUD_URL}/_admin/subscriptions?openid=${encodeURIComponent(currentOpenid())}`)
    if (!res.ok) return {}
    return ((await res.json()) as { kept?: Kept }).kept ?? {}
  } catch {
    return {}
  }
}

export const readKeptChoices: typeof Read = async () => ({ mainSwitch: true, itemSettings: await kept() })

const titleOf = (id: string) => TEMPLATE_KEYS.map((k) => SUBSCRIBE_TEMPLATES[k]).find((t) => t.id === id)?.title ?? id

async function grant(templateIds: string[], keep: Kept | null): Promise<void> {
  if (templateIds.length === 0 && keep === null) return
  await fetch(`${LOCAL_CLOUD_URL}/_admin/subscriptions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ openid: currentOpenid(), templateIds, ...(keep ? { kept: keep } : {}) }),
  })
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string) {
  const el = document.createElement(tag)
  el.className = className
  if (text !== undefined) el.textContent = text
  return el
}

/** WeChat's sheet: the mini-program asks to send these messages; 允许 / 取消; 总是保持以上选择. */
function showSheet(tmplIds: string[]): Promise<{ answers: Record<string, SheetAnswer>; always: boolean }> {
  return new Promise((resolve) => {
    const overlay = element('div', 'wx-subscribe')
    const panel = element('div', 'wx-subscribe__panel')
    panel.setAttribute('role', 'dialog')
    panel.append(element('p', 'wx-subscribe__title', '党建助手 申请发送以下消息'))
    const boxes = tmplIds.map((id) => {
      const label = element('label', 'wx-subscribe__item')
      const box = element('input', 'wx-subscribe__check')
      box.type = 'checkbox'
      box.checked = true
      label.append(box, element('span', '', titleOf(id)))
      panel.append(label)
      return box
    })
    const alwaysLabel = element('label', 'wx-subscribe__always')
    const always = element('input', 'wx-subscribe__check')
    always.type = 'checkbox'
    alwaysLabel.append(always, element('span', '', '总是保持以上选择，不再询问'))
    panel.append(alwaysLabel)
    const buttons = element('div', 'wx-subscribe__buttons')
    const cancel = element('button', 'wx-subscribe__button', '取消')
    const allow = element('button', 'wx-subscribe__button wx-subscribe__button--allow', '允许')
    buttons.append(cancel, allow)
    panel.append(buttons)
    overlay.append(panel)
    document.body.append(overlay)
    allow.focus()
    const close = (allowed: boolean) => {
      overlay.remove()
      const answers: Record<string, SheetAnswer> = {}
      tmplIds.forEach((id, i) => (answers[id] = allowed && boxes[i].checked ? 'accept' : 'reject'))
      resolve({ answers, always: always.checked })
    }
    cancel.addEventListener('click', () => close(false))
    allow.addEventListener('click', () => close(true))
  })
}

export const requestSubscribe: typeof Request = async (tmplIds) => {
  const remembered = await kept()
  const askable = tmplIds.filter((id) => !remembered[id])
  const answers: Record<string, SheetAnswer> = {}
  for (const id of tmplIds) if (remembered[id]) answers[id] = remembered[id]
  let keep: Kept | null = null
  if (askable.length > 0) {
    const sheet = await showSheet(askable)
    Object.assign(answers, sheet.answers)
    // WeChat keeps an allowed or declined answer; 'ban'/'filter' never come from this sheet.
    if (sheet.always)
      keep = Object.fromEntries(askable.map((id) => [id, sheet.answers[id] === 'accept' ? 'accept' : 'reject']))
  }
  try {
    await grant(
      tmplIds.filter((id) => answers[id] === 'accept'),
      keep,
    )
  } catch {
    return null
  }
  return answers
}
