import Taro from '@tarojs/taro'
import type { OfficeHome } from '@core/contract/home'
import { figuresWords, rateWords } from '@core/attendance/figures'
import { formatFen } from '@core/money'
import { ATTENTION_RULE_WORDS } from '@core/home/attention-rules'
import { Text, View } from '@tarojs/components'
import { Card } from '@/components/Card'
import { EmptyState } from '@/components/EmptyState'
import { EntryRow } from '@/components/EntryRow'
import { Section } from '@/components/Section'

const open = (url: string) => () => void Taro.navigateTo({ url })

interface Tile {
  label: string
  figure: string
  words: string
  url: string
}

function tiles(office: OfficeHome): Tile[] {
  const { attendance, dues, study } = office
  return [
    {
      label: '党员',
      figure: `${office.members}人`,
      words: `${office.branches}个支部`,
      url: '/packageAdmin/pages/org/index',
    },
    {
      // Counted as 支部概览 counts: the month's activities that have ended.
      label: '本月活动',
      figure: `已结束${attendance.activities}次`,
      words: attendance.expected > 0 ? figuresWords(attendance) : '本月还没有已举行的活动',
      url: '/packageAdmin/pages/attendance/index',
    },
    {
      label: '本月党费',
      figure: !dues.open ? '未到收缴日' : dues.dueFen === 0 ? '没有应交' : `收缴率${rateWords(dues.ratePct)}`,
      // The figure says the rate; the words only what it is of.
      words: !dues.open
        ? dues.paidFen > 0
          ? `已预交${formatFen(dues.paidFen)}元`
          : ''
        : dues.dueFen === 0
          ? ''
          : `应交${formatFen(dues.dueFen)}元，已交${formatFen(dues.paidFen)}元`,
      url: '/packageAdmin/pages/dues/index',
    },
    {
      label: '本月学习',
      figure: study.members === 0 ? '—' : `${study.sharePct ?? 0}%有记录`,
      words: study.members === 0 ? '' : `${study.members}名党员中${study.withRecord}人记录了学习`,
      url: '/packageAdmin/pages/study/index',
    },
  ]
}

/** `2026年11月`. */
const monthWords = (month: string) => `${month.slice(0, 4)}年${Number(month.slice(5))}月`

/**
 * The party office's 首页: this month across the bureau (each figure opens its screen), and the
 * branches needing attention in the organisation's order, each with why, never ranked.
 */
export function OfficeMonth({ office }: { office: OfficeHome }) {
  const [year, month] = [office.month.slice(0, 4), office.month]
  return (
    <>
      <Section title={`${monthWords(month)}：全机关`}>
        <View className="office-tiles">
          {tiles(office).map((t) => (
            <View key={t.label} className="office-tile" onClick={open(t.url)}>
              <View className="office-tile__head">
                <Text className="office-tile__label">{t.label} ›</Text>
                <Text className="office-tile__figure">{t.figure}</Text>
              </View>
              {t.words ? <Text className="office-tile__words">{t.words}</Text> : null}
            </View>
          ))}
        </View>
      </Section>
      <Section title="需要关注的支部">
        {office.attention.length === 0 ? (
          <EmptyState title="各支部暂无需要关注的事项" />
        ) : (
          office.attention.map((b) => (
            <Card
              key={b.branchId}
              onClick={open(
                `/packageAdmin/pages/attendance-branch/index?branchId=${encodeURIComponent(b.branchId)}&year=${year}&month=${month}`,
              )}
            >
              <View className="office-attention">
                <Text className="office-attention__name">{b.name} ›</Text>
                {b.reasons.map((r) => (
                  <Text key={r} className="office-attention__reason">
                    · {r}
                  </Text>
                ))}
              </View>
            </Card>
          ))
        )}
        <Text className="text-secondary">按组织顺序列出，不排名。列出的情形：{ATTENTION_RULE_WORDS.join('；')}。</Text>
      </Section>
      <EntryRow title="机关党委" value="制度落实、台账、名册" onClick={open('/packageAdmin/pages/overview/index')} />
    </>
  )
}
