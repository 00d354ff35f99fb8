// H5 only: the demo identity switcher for the local cloud. Never part of the weapp build.
import { Text, View } from '@tarojs/components'
import { useEffect, useRef, useState } from 'react'
import {
  adminHubUrl,
  currentOpenid,
  fetchIdentities,
  newStrangerOpenid,
  switchIdentity,
  type DemoIdentity,
  type DemoRole,
} from '@/services/demo-identity'
import { Button } from '../Button'
import './identity-switcher.css'

const GROUPS: { role: DemoRole; title: string }[] = [
  { role: 'admin', title: '机关党委' },
  { role: 'secretary', title: '支部书记和支委' },
  { role: 'member', title: '党员' },
  { role: 'stranger', title: '未绑定' },
]

type List = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; people: DemoIdentity[] }

/**
 * Taro's H5 page is a scrolling element with no focusable content of its own (our rows are
 * plain elements): make it focusable so that keyboard users can scroll it (WCAG 2.1.1).
 */
function useFocusableScrollRegion() {
  const marker = useRef<HTMLElement>(null)
  useEffect(() => {
    const page = marker.current?.closest<HTMLElement>('.taro_page')
    if (page && !page.hasAttribute('tabindex')) page.tabIndex = 0
  }, [])
  return marker
}

export function PlatformLayer() {
  const [open, setOpen] = useState(false)
  const [list, setList] = useState<List>({ status: 'loading' })
  const marker = useFocusableScrollRegion()

  const show = () => {
    setOpen(true)
    setList({ status: 'loading' })
    fetchIdentities().then(
      (people) => setList({ status: 'ready', people }),
      (error: unknown) => setList({ status: 'error', message: error instanceof Error ? error.message : String(error) }),
    )
  }

  if (!open) {
    return (
      <View ref={marker} className="identity-fab" onClick={show}>
        <Text>切换身份</Text>
      </View>
    )
  }

  const me = currentOpenid()
  return (
    <View className="identity-panel">
      <View className="identity-panel__sheet">
        <View className="identity-panel__header">
          <Text className="identity-panel__title">切换演示身份</Text>
          <Button onClick={() => setOpen(false)}>关闭</Button>
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
                      onClick={() => switchIdentity(person.openid)}
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
          <View className="identity-row" onClick={() => switchIdentity(newStrangerOpenid())}>
            <Text>陌生人（未绑定）</Text>
          </View>
          <View className="identity-row" onClick={() => window.open(adminHubUrl(), '_blank')}>
            <Text>打开本地云管理台</Text>
          </View>
        </View>
      </View>
    </View>
  )
}
