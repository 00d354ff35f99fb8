/**
 * What only a person can set in the mini-program's admin console (mp.weixin.qq.com), read from
 * the build being deployed: the dry run and the deploy print it as a checklist.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { MIN_BASE_LIBRARY } from '../base-library'

interface AppJson {
  requiredPrivateInfos?: string[]
}

export function consoleChecklist(distDir: string, templates: number): string[] {
  const file = join(distDir, 'app.json')
  const app = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as AppJson) : {}
  const location = (app.requiredPrivateInfos ?? []).filter((api) => /location/i.test(api))
  const lines = ['  上线前在小程序后台逐项确认（部署程序做不了这些）：']
  if (location.length > 0) {
    lines.push(
      `    □ 开发管理 → 接口设置：开通 ${location.map((api) => `wx.${api}`).join('、')}（须先选与之相符的服务类目；app.json 已在 requiredPrivateInfos 中声明）`,
    )
  }
  lines.push(
    '    □ 设置 → 基本设置 → 用户隐私保护指引：位置信息、选中的照片或视频、选中的文件、剪切板（见 README“第一次上线”第 4 步）',
  )
  lines.push(
    `    □ 设置 → 基本设置 → 基础库最低版本设置：${MIN_BASE_LIBRARY}（更旧的微信会先提示升级，而不是打开后出错）`,
  )
  lines.push(`    □ 订阅消息 → 我的模板：上面换入的 ${templates} 个模板都在，标题与关键词一致`)
  lines.push('    □ 下载文件：小程序用 wx.cloud.downloadFile 打开材料和导出的台账，不需要配置 downloadFile 合法域名')
  return lines
}
