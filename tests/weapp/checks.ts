/**
 * What makes an opened page wrong, whoever opened it: an uncaught error on the phone, a cloud
 * call that failed or answered `{ ok: false }`, the app's own failure words on screen
 * (ErrorState: 没能打开 and the message; BindPrompt for someone who is bound; NoTarget for a
 * page opened with its record), a page still loading, or a privacy-scoped API asked for on
 * opening (only a tap may lead to one).
 */
import type { WeappHost, WeappPage } from './host'

/** Words the app shows only when something failed (src/components/ErrorState, core/errors). */
export const FAILURE_WORDS = ['没能打开', '错误编号', '系统出了点问题', '网络不通', '出错', '加载失败', '没有权限']
const UNBOUND_WORDS = ['请先绑定党员身份']
const NO_TARGET = /请先选一个/
const LOADING = '正在加载…'

export function problemsOf(host: WeappHost, page: WeappPage, opts: { stranger?: boolean } = {}): string[] {
  const problems: string[] = []
  for (const e of host.errors)
    problems.push(`${e.kind} at ${e.where} (${e.page}): ${e.message.split('\n').slice(0, 3).join(' | ')}`)
  for (const call of host.calls) {
    const envelope = call.envelope as { ok?: boolean; error?: { code?: string; message?: string } } | undefined
    if (call.failed) problems.push(`cloud ${call.fn}/${call.action} failed: ${call.failed}`)
    else if (envelope?.ok !== true)
      problems.push(
        `cloud ${call.fn}/${call.action} answered ${envelope?.error?.code ?? '?'}: ${envelope?.error?.message ?? JSON.stringify(envelope)}`,
      )
  }
  for (const shown of host.stack) {
    const text = shown.text()
    const words = [...FAILURE_WORDS, ...(opts.stranger ? [] : UNBOUND_WORDS)]
    for (const word of words) if (text.includes(word)) problems.push(`${shown.route} shows “${word}”`)
    if (NO_TARGET.test(text)) problems.push(`${shown.route} says it was opened without its record`)
    if (text.includes(LOADING)) problems.push(`${shown.route} is still loading`)
  }
  if (page.setDataCalls.length === 0) problems.push(`${page.route} never rendered`)
  else if (!page.text().trim()) problems.push(`${page.route} shows no text`)
  const asked = host.privacy.filter((p) => p.kind === 'asked' || p.kind === 'api')
  for (const p of asked)
    if ('api' in p) problems.push(`privacy-scoped wx.${p.api} asked for while opening ${page.route}`)
  return problems
}
