/** `npm run deploy -- [--dry-run] --env <环境 ID> [--config <文件>] [--version <版本号>]` */

export interface DeployArgs {
  dryRun: boolean
  env: string | null
  config: string | null
  version: string | null
  /** A login code (wx.login) to turn into its openid, for the first admin. */
  openid: string | null
  help: boolean
}

export const USAGE = [
  '用法：npm run deploy -- --env <云开发环境 ID> [--config <部署配置.json>] [--version <小程序版本号>] [--dry-run]',
  '  --dry-run   不连接腾讯云：检查真实部署需要的一切，并列出每一步要做什么',
  '  --config    部署配置文件（默认仓库根目录的 deploy.config.json；示例见 scripts/deploy/example.json）',
  '  --version   上传小程序时的版本号（默认 package.json 的 version）',
  '  --openid <登录 code>  只换出这个登录 code 的 openid（第一位管理员用，见 README），不部署',
  '密钥只从环境变量读取：TENCENTCLOUD_SECRETID、TENCENTCLOUD_SECRETKEY、WX_APPSECRET，可选 MINIPROGRAM_PRIVATE_KEY_PATH',
].join('\n')

const WITH_VALUE = new Set(['--env', '--config', '--version', '--openid'])

/** The parsed arguments, or the mistake in words. */
export function parseArgs(argv: string[]): DeployArgs | string {
  const args: DeployArgs = { dryRun: false, env: null, config: null, version: null, openid: null, help: false }
  for (let i = 0; i < argv.length; i += 1) {
    const [flag, inline] = argv[i].split(/=(.*)/s, 2)
    if (flag === '--dry-run') args.dryRun = true
    else if (flag === '--help' || flag === '-h') args.help = true
    else if (WITH_VALUE.has(flag)) {
      const value = inline ?? argv[(i += 1)]
      if (value === undefined || value === '' || value.startsWith('--')) return `${flag} 后面要写一个值`
      if (flag === '--env') args.env = value
      else if (flag === '--config') args.config = value
      else if (flag === '--openid') args.openid = value
      else args.version = value
    } else return `不认识的参数：${argv[i]}`
  }
  return args
}
