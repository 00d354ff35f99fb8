import Taro, { useRouter } from '@tarojs/taro'
import type { ProxyLinkView } from '@core/contract/proxy'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { Button } from '@/components/Button'
import { Card } from '@/components/Card'
import { EmptyState } from '@/components/EmptyState'
import { ReasonSheet } from '@/components/ReasonSheet'
import { ScreenPage } from '@/components/ScreenPage'
import { Section } from '@/components/Section'
import { useScreen } from '@/hooks/useScreen'
import { callCloud } from '@/services/cloud'
import '@/proxy/proxy.css'
import { grantedText, relationText } from '@/proxy/words'
import { LIMITS } from '@core/activity/limits'

function LinkCard({ link, onWithdraw }: { link: ProxyLinkView; onWithdraw: () => void }) {
  return (
    <Card>
      <View className="stack">
        <Text className="proxy-card__title">
          {link.proxy.name} 可代 {link.elder.name} 记录
        </Text>
        <Text>关系：{relationText(link.relation, link.note)}</Text>
        <Text>原因：{link.reason}</Text>
        <Text className="text-secondary">{grantedText(link.grantedByName, link.grantedAt)}</Text>
        {link.proxy.bound ? null : <Text>注意：{link.proxy.name}还没有绑定微信，绑定后才能代记</Text>}
        <Button onClick={onWithdraw}>撤销授权</Button>
      </View>
    </Card>
  )
}

/**
 * 代为记录 (支部管理): which members may record sign-in, study and 补学 心得 for an elderly
 * member who asked for it; withdraw a link with a reason. New links on 新增授权.
 */
export default function ProxyLinksPage() {
  const { branchId } = useRouter().params
  const scope = branchId ? { branchId } : {}
  const screen = useScreen(() => callCloud('secretary', 'proxy.links', scope))
  const [withdrawing, setWithdrawing] = useState<ProxyLinkView | null>(null)
  const grant = () =>
    void Taro.navigateTo({
      url: `/packageSecretary/pages/proxy-grant/index${branchId ? `?branchId=${encodeURIComponent(branchId)}` : ''}`,
    })
  return (
    <ScreenPage
      screen={screen}
      title="代为记录"
      subtitle="年纪大、看不清手机的党员本人提出后，可以请本支部的家属或支委代为签到、记录学习、写补学心得。每一条都写明由谁代记，本人能看到，并记入审计。"
    >
      {(data) => (
        <>
          <Button kind="primary" block onClick={grant}>
            新增授权
          </Button>
          <Section title={`${data.branch.name}的授权`}>
            {data.links.length === 0 ? (
              <EmptyState title="还没有代记授权" description="有党员提出需要时，点“新增授权”。" />
            ) : (
              data.links.map((link) => <LinkCard key={link.id} link={link} onWithdraw={() => setWithdrawing(link)} />)
            )}
          </Section>
          {withdrawing ? (
            <ReasonSheet
              title={`撤销${withdrawing.proxy.name}代${withdrawing.elder.name}记录的授权`}
              explain="撤销后立即不能再代记；已经记下的记录保留不变。原因会记入审计。"
              label="撤销原因"
              placeholder="如：本人已能自己记录"
              confirmText="撤销授权"
              min={LIMITS.reasonMin}
              max={LIMITS.reason}
              onCancel={() => setWithdrawing(null)}
              onSubmit={async (reason) => {
                await callCloud('secretary', 'proxy.withdraw', { linkId: withdrawing.id, reason })
                setWithdrawing(null)
                void Taro.showToast({ title: '已撤销', icon: 'none' })
                await screen.reload()
              }}
            />
          ) : null}
        </>
      )}
    </ScreenPage>
  )
}
