import { Text } from '@tarojs/components'
import { formatChinaDateTime } from '@core/dates'
import { Button } from '@/components/Button'
import { Sheet } from '@/components/Sheet'

export interface IssuedCode {
  name: string
  code: string
  expiresAt: number
}

/** The new code, in big type, this once: it is not stored anywhere the app can show again. */
export function CodeReveal({ issued, onClose }: { issued: IssuedCode; onClose: () => void }) {
  return (
    <Sheet title={`${issued.name}的绑定码`}>
      <Text className="code-reveal__code">{issued.code}</Text>
      <Text className="code-reveal__expiry">有效至{formatChinaDateTime(issued.expiresAt)}（7天）</Text>
      <Text>请当面把这6位数字交给{issued.name}本人。本人打开“党建助手”，填写姓名和绑定码即可绑定。</Text>
      <Text className="text-secondary">
        绑定码只显示这一次，关闭后无法再查看；忘了可以重新生成，原来的随即作废。请不要发到微信群里。
      </Text>
      <Button kind="primary" block onClick={onClose}>
        我已记下，关闭
      </Button>
    </Sheet>
  )
}
