/**
 * The deploy's secrets, only ever from environment variables: a Tencent Cloud API key for the
 * CloudBase management API, the mini-program's AppSecret for WeChat's function-config API, and
 * optionally the code-upload private key for miniprogram-ci. None of them is read from a file
 * in the repository, and none is ever printed.
 */
import { existsSync, readFileSync } from 'node:fs'
import { isAbsolute, relative, resolve } from 'node:path'

export interface Secrets {
  secretId: string
  secretKey: string
  /** Only for temporary keys. */
  sessionToken?: string
  appSecret: string
  /** The upload key's text; null = the mini-program is uploaded by hand in WeChat DevTools. */
  uploadKey: string | null
}

export const SECRET_VARIABLES: Array<{ name: string; what: string; required: boolean }> = [
  { name: 'TENCENTCLOUD_SECRETID', what: '腾讯云 API 密钥 SecretId（创建集合、上传云函数）', required: true },
  { name: 'TENCENTCLOUD_SECRETKEY', what: '腾讯云 API 密钥 SecretKey', required: true },
  { name: 'WX_APPSECRET', what: '小程序 AppSecret（设置云函数的云调用权限）', required: true },
  {
    name: 'MINIPROGRAM_PRIVATE_KEY_PATH',
    what: '小程序代码上传密钥文件（可选；不设则在开发者工具中上传小程序）',
    required: false,
  },
]

function isInside(root: string, path: string): boolean {
  const rel = relative(root, path)
  return !rel.startsWith('..') && !isAbsolute(rel)
}

function uploadKey(env: NodeJS.ProcessEnv, root: string, problems: string[]): string | null {
  if (env.MINIPROGRAM_PRIVATE_KEY) return env.MINIPROGRAM_PRIVATE_KEY
  const path = env.MINIPROGRAM_PRIVATE_KEY_PATH
  if (!path) return null
  const full = resolve(path)
  if (isInside(root, full)) {
    problems.push('MINIPROGRAM_PRIVATE_KEY_PATH 指向仓库里的文件：上传密钥不能放在仓库中，请移到仓库以外')
    return null
  }
  if (!existsSync(full)) {
    problems.push(`MINIPROGRAM_PRIVATE_KEY_PATH 指向的文件不存在：${full}`)
    return null
  }
  return readFileSync(full, 'utf8')
}

/** The secrets a real deploy needs, or the problems in words when any is missing. */
export function readSecrets(env: NodeJS.ProcessEnv, root: string): { secrets: Secrets | null; problems: string[] } {
  const problems: string[] = []
  for (const v of SECRET_VARIABLES.filter((s) => s.required && !env[s.name])) {
    problems.push(`没有设置环境变量 ${v.name}：${v.what}`)
  }
  const key = uploadKey(env, root, problems)
  if (problems.length > 0) return { secrets: null, problems }
  return {
    secrets: {
      secretId: env.TENCENTCLOUD_SECRETID ?? '',
      secretKey: env.TENCENTCLOUD_SECRETKEY ?? '',
      sessionToken: env.TENCENTCLOUD_SESSIONTOKEN || undefined,
      appSecret: env.WX_APPSECRET ?? '',
      uploadKey: key,
    },
    problems,
  }
}

/** One line per secret variable: set or not (never the value), for the dry run. */
export function secretsPresence(env: NodeJS.ProcessEnv): string[] {
  return SECRET_VARIABLES.map((v) => {
    const set =
      Boolean(env[v.name]) || (v.name === 'MINIPROGRAM_PRIVATE_KEY_PATH' && Boolean(env.MINIPROGRAM_PRIVATE_KEY))
    return `${set ? '已设置' : v.required ? '未设置' : '未设置（可选）'}  ${v.name}：${v.what}`
  })
}
