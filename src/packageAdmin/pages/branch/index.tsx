import Taro from '@tarojs/taro'
import type { MemberRow } from '@core/contract/org'
import { Text, View } from '@tarojs/components'
import { Button } from '@/components/Button'
import { Card } from '@/components/Card'
import { EmptyState } from '@/components/EmptyState'
import { PageShell } from '@/components/PageShell'
import { ScreenView } from '@/components/ScreenView'
import { targetPage } from '@/components/NoTarget'
import { useScreen } from '@/hooks/useScreen'
import { bindingText, countBound, roleText } from '@/officer/labels'
import { callCloud } from '@/services/cloud'
import './index.css'

function MemberLine({ row, onOpen }: { row: MemberRow; onOpen: () => void }) {
  return (
    <Card onClick={onOpen}>
      <View className="branch-member">
        <View className="branch-member__main">
          <Text className="branch-member__name">{row.name}</Text>
          <Text className="text-secondary">
            {[roleText(row), row.probationary ? '预备党员' : '', row.groupName ?? ''].filter(Boolean).join(' · ')}
          </Text>
          <Text>{bindingText(row)}</Text>
        </View>
        <Text className="branch-member__go">修改 ›</Text>
      </View>
    </Card>
  )
}

/** One branch's members for the party office (members.list with the branch named). */
export default targetPage('branchId', BranchPageFor, {
  what: '支部',
  from: '机关党委',
  url: '/packageAdmin/pages/overview/index',
})

function BranchPageFor({ id: branchId }: { id: string }) {
  const screen = useScreen(() => callCloud('secretary', 'members.list', { branchId }))
  return (
    <PageShell>
      <ScreenView screen={screen}>
        {({ branch, members }) => {
          const { bound, unbound } = countBound(members)
          const query = `branchId=${encodeURIComponent(branch.id)}`
          return (
            <View className="stack">
              <Text className="page-title">{branch.name}</Text>
              <Text className="page-subtitle">
                共{members.length}人，已绑定{bound}人，未绑定{unbound}人。点按一人可修改信息、转接组织关系或标记离开。
              </Text>
              <Button onClick={() => void Taro.navigateTo({ url: `/packageSecretary/pages/members/index?${query}` })}>
                发绑定码、解除绑定
              </Button>
              {members.length === 0 ? (
                <EmptyState title="这个支部还没有党员" description="导入名册或把党员转入本支部后会出现在这里。" />
              ) : null}
              {members.map((row) => (
                <MemberLine
                  key={row.id}
                  row={row}
                  onOpen={() =>
                    void Taro.navigateTo({
                      url: `/packageAdmin/pages/member/index?${query}&memberId=${encodeURIComponent(row.id)}`,
                    })
                  }
                />
              ))}
            </View>
          )
        }}
      </ScreenView>
    </PageShell>
  )
}
