/**
 * Uploading the built mini-program with miniprogram-ci, WeChat's own CI module. It is not a
 * dependency of the project: it weighs ~275 MB installed (its own Babel, compilers, native
 * builders) and only this optional step needs it, so every `npm ci` and CI run would carry it
 * for nothing. It is loaded only when an upload key is given, and the deploy says how to install
 * it when it is missing — before anything in the cloud has changed.
 */
import { DeployError, type MiniprogramUploader } from './execute'

/** The version this project was written against (the module's README and typings of 2.1.42). */
export const MINIPROGRAM_CI = 'miniprogram-ci@2.1.42'
const MODULE = 'miniprogram-ci'

/** The part of miniprogram-ci's API the deploy uses. */
interface MiniprogramCi {
  Project: new (options: {
    appid: string
    type: 'miniProgram'
    projectPath: string
    privateKey: string
    ignores: string[]
  }) => object
  upload(options: {
    project: object
    version: string
    desc: string
    setting: { useProjectConfig: boolean }
    robot: number
  }): Promise<unknown>
}

function isMiniprogramCi(value: unknown): value is MiniprogramCi {
  if (typeof value !== 'object' || value === null) return false
  const mod = value as Record<string, unknown>
  return typeof mod.Project === 'function' && typeof mod.upload === 'function'
}

export function installHint(): string {
  return `上传小程序需要 miniprogram-ci（约 275 MB，不随项目安装）：先运行 npm install --no-save ${MINIPROGRAM_CI}，或不设置 MINIPROGRAM_PRIVATE_KEY_PATH、改用开发者工具上传`
}

/** miniprogram-ci when installed, else a DeployError that says how to install it. */
export async function loadMiniprogramCi(): Promise<MiniprogramCi> {
  let mod: unknown
  try {
    mod = (await import(MODULE)) as unknown
  } catch {
    throw new DeployError(installHint())
  }
  const api = isMiniprogramCi(mod) ? mod : (mod as { default?: unknown }).default
  if (!isMiniprogramCi(api)) throw new DeployError(`装好的 miniprogram-ci 不是预期的版本：请安装 ${MINIPROGRAM_CI}`)
  return api
}

export function miniprogramUploader(
  ci: MiniprogramCi,
  options: { appid: string; projectPath: string; privateKey: string },
) {
  return {
    async upload({ version, desc }) {
      const project = new ci.Project({
        appid: options.appid,
        type: 'miniProgram',
        projectPath: options.projectPath,
        privateKey: options.privateKey,
        ignores: ['node_modules/**/*'],
      })
      try {
        await ci.upload({ project, version, desc, setting: { useProjectConfig: true }, robot: 1 })
      } catch (error) {
        const why = error instanceof Error ? error.message : String(error)
        throw new DeployError(
          `上传小程序失败：${why}（检查上传密钥，以及本机 IP 是否在小程序后台“开发管理 → 开发设置 → 小程序代码上传”的 IP 白名单中）`,
        )
      }
    },
  } satisfies MiniprogramUploader
}
