import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { MyPaperCard, QuizHome } from '@core/contract/quiz'
import { Button } from '@/components/Button'
import { Card } from '@/components/Card'
import { EmptyState } from '@/components/EmptyState'
import { ScreenPage } from '@/components/ScreenPage'
import { Section } from '@/components/Section'
import { useScreen } from '@/hooks/useScreen'
import { callCloud } from '@/services/cloud'
import './index.css'

const MINE_CHIP = {
  none: 'status-chip',
  started: 'status-chip status-chip--warning',
  done: 'status-chip status-chip--success',
} as const

const openPaper = (id: string) => void Taro.navigateTo({ url: `/packageMember/pages/quiz-take/index?id=${id}` })

function PaperCard({ paper, open }: { paper: MyPaperCard; open: boolean }) {
  const action = paper.mine === 'none' ? '开始答题' : paper.mine === 'started' ? '接着答' : '查看我的答题'
  return (
    <View className="quiz-paper">
      <View className="spread-row">
        <Text className="quiz-paper__title">{paper.title}</Text>
        <Text className={MINE_CHIP[paper.mine]}>{paper.mineWords}</Text>
      </View>
      <Text className="text-secondary">
        {paper.from} · {paper.questionCount}题 · {paper.topicWords}
      </Text>
      <Text className="text-secondary">
        {paper.periodWords}（{paper.stateLabel}）
      </Text>
      {open || paper.mine !== 'none' ? (
        <Button kind={open && paper.mine !== 'done' ? 'primary' : 'plain'} block onClick={() => openPaper(paper.id)}>
          {action}
        </Button>
      ) : null}
    </View>
  )
}

function HomeBody({ data }: { data: QuizHome }) {
  return (
    <View className="stack">
      <Card>
        <View className="stack">
          <Text className="quiz-promise">{data.promise}</Text>
          <Text className="text-secondary">每答一题就保存，中途离开，下次从没答的题接着答。</Text>
        </View>
      </Card>
      <Section title="正在进行的测试">
        {data.open.length === 0 ? (
          <EmptyState title="现在没有要答的测试" description="机关党委或支部发布测试后，会在这里和“通知”里告诉您。" />
        ) : (
          data.open.map((p) => <PaperCard key={p.id} paper={p} open />)
        )}
      </Section>
      <Section title="错题本">
        <Text>{data.wrongCount > 0 ? `有${data.wrongCount}道题上次答错了，可以再练一练。` : '错题本是空的。'}</Text>
        <Button block onClick={() => void Taro.navigateTo({ url: '/packageMember/pages/quiz-wrong/index' })}>
          打开错题本
        </Button>
      </Section>
      {data.others.length > 0 ? (
        <Section title="以往的测试">
          {data.others.map((p) => (
            <PaperCard key={p.id} paper={p} open={false} />
          ))}
        </Section>
      ) : null}
    </View>
  )
}

/** 我的 → 知识测试: papers open to me, my 错题本, my own history. */
export default function QuizHomePage() {
  const screen = useScreen(() => callCloud('member', 'quiz.home', {}))
  return (
    <ScreenPage screen={screen} title="党纪党规知识测试" subtitle={() => '学党章党规，自己知道哪里没掌握'}>
      {(data) => <HomeBody data={data} />}
    </ScreenPage>
  )
}
