/**
 * WeChat's own server API, for the one thing CloudBase's management API does not set: a cloud
 * function's openapi permissions (云调用权限, config.json `permissions.openapi`). WeChat DevTools
 * sets them on each upload through tcb/uploadfuncconfig (config type 1); so does this, with an
 * access token from the mini-program's AppID and AppSecret (cgi-bin/stable_token).
 * Also the first admin's openid, from a login code (sns/jscode2session), before any admin exists.
 */
import { DeployError, type WeChatApi } from './execute'

const API = 'https://api.weixin.qq.com'

/** The replies an operator can fix, said in words. */
const HINTS: Record<number, string> = {
  40013: 'AppID 不对',
  40125: 'WX_APPSECRET 不对（小程序后台“开发管理 → 开发设置”中重置后填写）',
  40164: '本机的出口 IP 不在小程序的 IP 白名单中（小程序后台“开发管理 → 开发设置 → IP 白名单”）',
  85088: '这个小程序没有开通云开发',
  40029: '登录 code 无效或已用过（5 分钟内有效，只能用一次）：重新取一个',
  40163: '登录 code 已用过：重新取一个',
}

interface Reply {
  errcode?: number
  errmsg?: string
  access_token?: string
  openid?: string
}

export type Fetch = (
  url: string,
  init: { method: 'GET' | 'POST'; headers: Record<string, string>; body?: string },
) => Promise<{ ok: boolean; status: number; json(): Promise<unknown> }>

const defaultFetch: Fetch = (url, init) => fetch(url, init)

/** A POST with a JSON body, or a GET when `body` is null; WeChat's errcode said in words. */
async function request(
  fetchFn: Fetch,
  path: string,
  body: Record<string, unknown> | null,
  what: string,
): Promise<Reply> {
  let res: Awaited<ReturnType<Fetch>>
  try {
    res = await fetchFn(
      `${API}${path}`,
      body === null
        ? { method: 'GET', headers: {} }
        : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) },
    )
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
  const fetchFn = options.fetch ?? defaultFetch
  let token: Promise<string> | null = null
  const accessToken = (): Promise<string> => {
    token ??= request(
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
      await request(
        fetchFn,
        `/tcb/uploadfuncconfig${query}`,
        { type: 1, env: options.envId, function_name: fn, config: JSON.stringify({ permissions: { openapi: apis } }) },
        `设置云函数 ${fn} 的云调用权限`,
      )
    },
  }
}

/**
 * The openid of whoever is logged in where the code came from (`wx.login()` in the mini-program,
 * e.g. in WeChat DevTools' console while logged in as the future admin). The session key that
 * comes with it is dropped.
 */
export async function openidOfLoginCode(options: {
  appid: string
  appSecret: string
  code: string
  fetch?: Fetch
}): Promise<string> {
  const query = new URLSearchParams({
    appid: options.appid,
    secret: options.appSecret,
    js_code: options.code,
    grant_type: 'authorization_code',
  })
  const reply = await request(
    options.fetch ?? defaultFetch,
    `/sns/jscode2session?${query}`,
    null,
    '用登录 code 换 openid',
  )
  if (!reply.openid) throw new DeployError('用登录 code 换 openid：微信没有返回 openid')
  return reply.openid
}
