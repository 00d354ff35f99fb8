// H5 only (shown by PlatformLayer/index.h5.tsx): the demo identity switcher for the local cloud.
import { Input, Text, View } from '@tarojs/components'
import { useEffect, useRef, useState } from 'react'
import type { DemoIdentity, DemoRole } from '@/services/demo-identity'
import { Button } from '../Button'
import '../Sheet/overlay.css'
import './index.css'

export type DemoIdentityList =
  { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; people: DemoIdentity[] }

/** Filled by `useDemoIdentities` (src/hooks), which talks to the local cloud. */
export interface IdentitySwitcherProps {
  open: boolean
  /** Opens the switcher and asks the local cloud for its people again. */
  show: () => void
  close: () => void
  list: DemoIdentityList
  /** Whom the browser is now (read only while the switcher is open). */
  me: string | null
  become: (openid: string) => void
  becomeStranger: () => void
  openAdminHub: () => void
}

const GROUPS: { role: DemoRole; title: string }[] = [
  { role: 'admin', title: '机关党委' },
  { role: 'secretary', title: '支部书记和支委' },
  { role: 'member', title: '党员' },
  { role: 'stranger', title: '未绑定' },
]

/** What a search matches a person by: name, branch, duty and the group's title (党员, 机关党委…). */
const searchText = (person: DemoIdentity): string =>
  [person.name, person.branchName, person.duty, GROUPS.find((g) => g.role === person.role)?.title]
    .filter(Boolean)
    .join(' ')
    .toLowerCase()

/** A person in words (`龙秀兰 · 机关第一党支部 · 组织委员 · 刚绑定`), never the openid. */
const personWords = (p: DemoIdentity): string =>
  [
    p.name,
    p.branchName,
    p.duty ?? (p.role === 'stranger' ? '' : GROUPS.find((g) => g.role === p.role)?.title),
    p.newlyBound ? '刚绑定' : '',
  ]
    .filter(Boolean)
    .join(' · ')

/** The people whose name, branch or role hold every word of the query (all of them when it is empty). */
export function matchPeople(people: DemoIdentity[], query: string): DemoIdentity[] {
  const words = query.trim().toLowerCase().split(/\s+/).filter(Boolean)
  if (words.length === 0) return people
  return people.filter((person) => {
    const text = searchText(person)
    return words.every((word) => text.includes(word))
  })
}

/**
 * Taro's H5 page is a scrolling element with no focusable content of its own (our rows are
 * plain elements): make it focusable so that keyboard users can scroll it (WCAG 2.1.1).
 */
export function useFocusableScrollRegion() {
  const marker = useRef<HTMLElement>(null)
  useEffect(() => {
    const page = marker.current?.closest<HTMLElement>('.taro_page')
    if (page && !page.hasAttribute('tabindex')) page.tabIndex = 0
  }, [])
  return marker
}

/** The people of the list, by role, narrowed as one types a name, a branch or a role. */
function PeopleList({
  people,
  me,
  become,
}: {
  people: DemoIdentity[]
  me: string | null
  become: (openid: string) => void
}) {
  const [query, setQuery] = useState('')
  const found = matchPeople(people, query)
  return (
    <>
      <Input
        className="ui-input identity-panel__search"
        name="identity-search"
        type="text"
        value={query}
        placeholder="姓名、支部或职务"
        aria-label="查找演示身份"
        onInput={(event) => setQuery(event.detail.value)}
      />
      <Text className="identity-panel__note" aria-live="polite">
        {query.trim() ? `找到${found.length}人（共${people.length}人）` : `共${people.length}人`}
      </Text>
      {found.length === 0 ? (
        <View className="identity-panel__empty">
          <Text>没有找到“{query.trim()}”。可以只输入姓名中的一个字，或支部名称的一部分。</Text>
        </View>
      ) : null}
      {GROUPS.map(({ role, title }) => {
        const group = found.filter((person) => person.role === role)
        if (group.length === 0) return null
        return (
          <View key={role} className="identity-panel__group">
            <Text className="identity-panel__group-title">
              {title}（{group.length}人）
            </Text>
            {group.map((person) => (
              <View
                key={person.openid}
                className={person.openid === me ? 'identity-row identity-row--current' : 'identity-row'}
                onClick={() => become(person.openid)}
              >
                <Text>{personWords(person)}</Text>
                {person.openid === me ? <Text>（当前）</Text> : null}
              </View>
            ))}
          </View>
        )
      })}
    </>
  )
}

/** A button that opens a panel of the demo people by role; a tap becomes that person. */
export function IdentitySwitcher(props: IdentitySwitcherProps) {
  const { open, show, close, list, me, become, becomeStranger, openAdminHub } = props

  if (!open) {
    return (
      <View className="identity-fab" onClick={show}>
        <Text>切换身份</Text>
      </View>
    )
  }

  const current = list.status === 'ready' ? list.people.find((p) => p.openid === me) : undefined
  return (
    <View className="ui-overlay identity-panel">
      <View className="ui-overlay__panel identity-panel__sheet">
        <View className="identity-panel__header">
          <Text className="identity-panel__title">切换身份</Text>
          <Button onClick={close}>关闭</Button>
        </View>
        <Text className="identity-panel__note">
          只在浏览器演示版中出现。当前：{current ? personWords(current) : '未绑定的微信用户'}
        </Text>
        {list.status === 'loading' ? <Text className="identity-panel__note">正在读取演示身份…</Text> : null}
        {list.status === 'error' ? <Text className="identity-panel__note">{list.message}</Text> : null}
        {list.status === 'ready' ? <PeopleList people={list.people} me={me} become={become} /> : null}
        <View className="identity-panel__group">
          <View className="identity-row" onClick={becomeStranger}>
            <Text>陌生人（未绑定）</Text>
          </View>
          <View className="identity-row" onClick={openAdminHub}>
            <Text>打开本地云管理台</Text>
          </View>
        </View>
      </View>
    </View>
  )
}
