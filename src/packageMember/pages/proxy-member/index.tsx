import Taro from '@tarojs/taro'
import type { ProxyMemberPage } from '@core/contract/proxy'
import { Text, View } from '@tarojs/components'
import { statusText, whenText } from '@/activity/words'
import { Button } from '@/components/Button'
import { Card } from '@/components/Card'
import { Notice } from '@/components/Notice'
import { ScreenPage } from '@/components/ScreenPage'
import { Section } from '@/components/Section'
import { targetPage } from '@/components/NoTarget'
import { useScreen } from '@/hooks/useScreen'
import { callCloud } from '@/services/cloud'
import '@/proxy/proxy.css'
import { entryMeta } from '@/study/words'

const go = (url: string) => () => void Taro.navigateTo({ url })

function Activities({ page, e }: { page: ProxyMemberPage; e: string }) {
  if (page.activities.length === 0) return <Text className="text-secondary">近期没有要参加的活动。</Text>
  return (
    <>
      {page.activities.map((a) => (
        <Card key={a.id}>
          <View className="stack">
            <Text className="proxy-card__title">{a.title}</Text>
            <Text>
              {whenText(a)} · {a.place}
            </Text>
            <Text>状态：{statusText(a.me, a)}</Text>
            {a.me.can.signIn ? (
              <Button
                kind="primary"
                block
                onClick={go(`/packageMember/pages/proxy-signin/index?e=${e}&a=${encodeURIComponent(a.id)}`)}
              >
                {`代${page.elder.name}签到`}
              </Button>
            ) : null}
          </View>
        </Card>
      ))}
    </>
  )
}

/** One member I may record for: what can be recorded for them now, one task a tap away. */
export default targetPage('e', ProxyMemberScreenFor, {
  what: '党员',
  from: '代为记录',
  url: '/packageMember/pages/proxy/index',
})

function ProxyMemberScreenFor({ id: e }: { id: string }) {
  const screen = useScreen(() => callCloud('member', 'proxy.member', { elderId: e }))
  const id = encodeURIComponent(e)
  return (
    <ScreenPage screen={screen} title={(page) => `代${page.elder.name}记录`}>
      {(page) => (
        <>
          <Notice kind="info">{`您记下的每一条都写明“由您代记”，${page.elder.name}本人能看到，支部也会留存记录。`}</Notice>
          <Section title="签到">
            <Activities page={page} e={id} />
          </Section>
          <Section title="学习">
            {page.study.entries.length === 0 ? (
              <Text className="text-secondary">今天还没有学习记录。</Text>
            ) : (
              page.study.entries.map((entry) => (
                <Card key={entry.id}>
                  <Text>
                    {entry.title}（{entryMeta(entry)}）
                  </Text>
                </Card>
              ))
            )}
            <Button block onClick={go(`/packageMember/pages/proxy-study/index?e=${id}`)}>
              代记学习
            </Button>
          </Section>
          <Section title="补学">
            {page.makeup.length === 0 ? <Text className="text-secondary">没有要做的补学。</Text> : null}
            {page.makeup.map((task) => (
              <Card key={task.activityId}>
                <View className="stack">
                  <Text className="proxy-card__title">{task.title}</Text>
                  <Button
                    block
                    onClick={go(
                      `/packageMember/pages/proxy-makeup/index?e=${id}&a=${encodeURIComponent(task.activityId)}`,
                    )}
                  >
                    代写补学心得
                  </Button>
                </View>
              </Card>
            ))}
          </Section>
        </>
      )}
    </ScreenPage>
  )
}
