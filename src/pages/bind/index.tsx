import Taro from '@tarojs/taro'
import { Input, Text, View } from '@tarojs/components'
import { Button } from '@/components/Button'
import { Card } from '@/components/Card'
import { ElderSwitch } from '@/components/ElderSwitch'
import { PageShell } from '@/components/PageShell'
import './index.css'

/** Strangers land here. Binding itself arrives with the binding-code feature. */
export default function BindPage() {
  return (
    <PageShell>
      <View className="stack">
        <Text className="page-title">党建助手</Text>
        <Text className="page-subtitle">本单位党员参加支部活动、学习打卡、查看党费和通知的小程序。</Text>
        <Card>
          <Text className="bind__lead">第一次使用，需要绑定您的党员身份。</Text>
          <Text className="bind__lead">请向支部书记索取绑定码。</Text>
        </Card>
        <View className="bind__field">
          <Text className="bind__label">姓名</Text>
          <Input className="bind__input" disabled placeholder="与党员名册上的姓名一致" />
        </View>
        <View className="bind__field">
          <Text className="bind__label">绑定码（6位数字）</Text>
          <Input className="bind__input" disabled type="number" maxlength={6} placeholder="支部书记给您的6位数字" />
        </View>
        <Button kind="primary" block disabled>
          绑定
        </Button>
        <Text className="text-secondary">绑定功能即将开放，开放后填写以上两项即可完成绑定。</Text>
        <ElderSwitch />
        <Button onClick={() => void Taro.navigateTo({ url: '/pages/privacy/index' })}>隐私说明</Button>
      </View>
    </PageShell>
  )
}
