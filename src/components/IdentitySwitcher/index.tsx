// H5 only (shown by PlatformLayer/index.h5.tsx): the demo identity switcher for the local cloud.
import { Text, View } from '@tarojs/components'
import { useEffect, useRef } from 'react'
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

  return (
    <View className="ui-overlay identity-panel">
      <View className="ui-overlay__panel identity-panel__sheet">
        <View className="identity-panel__header">
          <Text className="identity-panel__title">切换演示身份</Text>
          <Button onClick={close}>关闭</Button>
        </View>
        <Text className="identity-panel__note">只在浏览器演示版中出现。当前 openid：{me}</Text>
        {list.status === 'loading' ? <Text className="identity-panel__note">正在读取演示身份…</Text> : null}
        {list.status === 'error' ? <Text className="identity-panel__note">{list.message}</Text> : null}
        {list.status === 'ready'
          ? GROUPS.map(({ role, title }) => {
              const people = list.people.filter((person) => person.role === role)
              if (people.length === 0) return null
              return (
                <View key={role} className="identity-panel__group">
                  <Text className="identity-panel__group-title">{title}</Text>
                  {people.map((person) => (
                    <View
                      key={person.openid}
                      className={person.openid === me ? 'identity-row identity-row--current' : 'identity-row'}
                      onClick={() => become(person.openid)}
                    >
                      <Text>{[person.name, person.branchName, person.duty].filter(Boolean).join(' · ')}</Text>
                      {person.openid === me ? <Text>（当前）</Text> : null}
                    </View>
                  ))}
                </View>
              )
            })
          : null}
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
