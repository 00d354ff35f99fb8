/**
 * WeChat's own server API, for the one thing CloudBase's management API does not set: a cloud
 * function's openapi permissions (云调用权限, config.json `permissions.openapi`). WeChat DevTools
 * sets them on each upload through tcb/uploadfuncconfig (config type 1); so does this, with an
 * access token from the mini-program's AppID and AppSecret (cgi-bin/stable_token).
 */
import { DeployError, type WeChatApi } from './execute'

const API = 'https://api.weixin.qq.com'

/** The replies an operator can fix, said in words. */
const HINTS: Record<number, string> = {
  40013: 'AppID 不对',
  40125: 'WX_APPSECRET 不对（小程序后台“开发管理 → 开发设置”中重置后填写）',
  40164: '本机的出口 IP 不在小程序的 IP 白名单中（小程序后台“开发管理 → 开发设置 → IP 白名单”）',
  85088: '这个小程序没有开通云开发',
}

interface Reply {
  errcode?: number
  errmsg?: string
  access_token?: string
}

type Fetch = (
  url: string,
  init: { method: 'POST'; headers: Record<string, string>; body: string },
) => Promise<{
  ok: boolean
  status: number
  json(): Promise<unknown>
}>

async function post(fetchFn: Fetch, path: string, body: Record<string, unknown>, what: string): Promise<Reply> {
  let res: Awaited<ReturnType<Fetch>>
  try {
    res = await fetchFn(`${API}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    })
  } catch (error) {
    throw new DeployError(`${what}：连不上微信服务器（${error instanceof Error ? error.message : String(error)}）`)
  }
  if (!res.ok) throw new DeployError(`${what}：微信服务器返回 HTTP ${res.status}`)
  const reply = (await res.json()) as Reply
  if (reply.errcode) {
    const hint = HINTS[reply.errcode]
    throw new DeployError(`${what}：微信返回 ${reply.errcode} ${reply.errmsg ?? ''}${hint ? `——${hint}` : ''}`)
  }
  return reply
}

export function weChatApi(options: { appid: string; appSecret: string; envId: string; fetch?: Fetch }): WeChatApi {
  const fetchFn: Fetch = options.fetch ?? ((url, init) => fetch(url, init))
  let token: Promise<string> | null = null
  const accessToken = (): Promise<string> => {
    token ??= post(
      fetchFn,
      '/cgi-bin/stable_token',
      { grant_type: 'client_credential', appid: options.appid, secret: options.appSecret },
      '获取小程序 access_token',
    ).then((reply) => {
      if (!reply.access_token) throw new DeployError('获取小程序 access_token：微信没有返回 access_token')
      return reply.access_token
    })
    return token
  }
  return {
    async setOpenapiPermissions(fn, apis) {
      const query = `?access_token=${encodeURIComponent(await accessToken())}`
      await post(
        fetchFn,
        `/tcb/uploadfuncconfig${query}`,
        { type: 1, env: options.envId, function_name: fn, config: JSON.stringify({ permissions: { openapi: apis } }) },
        `设置云函数 ${fn} 的云调用权限`,
      )
    },
  }
}
