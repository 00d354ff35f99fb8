import Taro from '@tarojs/taro'
import type { MyProxyLinks } from '@core/contract/proxy'
import { Text, View } from '@tarojs/components'
import { Card } from '@/components/Card'
import { EmptyState } from '@/components/EmptyState'
import { EntryRow } from '@/components/EntryRow'
import { PageShell } from '@/components/PageShell'
import { ScreenView } from '@/components/ScreenView'
import { Section } from '@/components/Section'
import { useScreen } from '@/hooks/useScreen'
import { callCloud } from '@/services/cloud'
import { relationText } from '@/proxy/words'

/** 我的 → 代为记录: the members I may record for (tap one), and who may record for me. */
export default function MyProxyPage() {
  const screen = useScreen((): Promise<MyProxyLinks> => callCloud('member', 'proxy.mine', {}), {
    isEmpty: (d) => d.recordFor.length + d.recordedBy.length === 0,
  })
  return (
    <PageShell>
      <ScreenView
        screen={screen}
        empty={() => (
          <EmptyState
            title="没有代为记录的授权"
            description="年纪大、看不清手机的党员，可以向支部书记提出，请本支部的家属或支委代为签到和记录学习。"
          />
        )}
      >
        {(data) => (
          <View className="stack">
            {data.recordFor.length > 0 ? (
              <Section title="我可以代他们记录">
                {data.recordFor.map((p) => (
                  <EntryRow
                    key={p.memberId}
                    title={p.name}
                    value={relationText(p.relation, p.note)}
                    onClick={() =>
                      void Taro.navigateTo({
                        url: `/packageMember/pages/proxy-member/index?e=${encodeURIComponent(p.memberId)}`,
                      })
                    }
                  />
                ))}
              </Section>
            ) : null}
            {data.recordedBy.length > 0 ? (
              <Section title="可以代我记录的人">
                {data.recordedBy.map((p) => (
                  <Card key={p.memberId}>
                    <Text>
                      {p.name}（{relationText(p.relation, p.note)}）可以代您签到、记录学习、写补学心得。
                    </Text>
                  </Card>
                ))}
                <Text className="text-secondary">
                  代记的每一条都写明由谁代记，您在自己的页面上都能看到。不再需要时，请告诉支部书记撤销。
                </Text>
              </Section>
            ) : null}
          </View>
        )}
      </ScreenView>
    </PageShell>
  )
}
