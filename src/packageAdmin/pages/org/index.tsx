import Taro from '@tarojs/taro'
import { ORG_KIND_LABELS, type OrgNode } from '@core/contract/org'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { Button } from '@/components/Button'
import { EmptyState } from '@/components/EmptyState'
import { PageShell } from '@/components/PageShell'
import { ScreenView } from '@/components/ScreenView'
import { useScreen } from '@/hooks/useScreen'
import { callCloud } from '@/services/cloud'
import { OrgSheet, type OrgTask } from './OrgSheet'
import { countsText, treeRows, type TreeRow } from './tree'
import './index.css'

const open = (url: string) => void Taro.navigateTo({ url })

/** What can be done to a node: create what may sit under it, rename it, see a branch's members. */
function NodeActions({ row, onTask }: { row: TreeRow; onTask: (task: OrgTask) => void }) {
  const { node } = row
  const create = (kind: 'generalBranch' | 'branch' | 'group') => (
    <Button key={kind} onClick={() => onTask({ mode: 'create', kind, parent: node })}>
      {`新建${ORG_KIND_LABELS[kind]}`}
    </Button>
  )
  return (
    <View className="org-actions">
      {node.kind === 'branch' ? (
        <Button
          kind="primary"
          onClick={() => open(`/packageAdmin/pages/branch/index?branchId=${encodeURIComponent(node.id)}`)}
        >
          {`成员（${row.memberCount}人）`}
        </Button>
      ) : null}
      {node.kind === 'committee' ? create('generalBranch') : null}
      {node.kind === 'committee' || node.kind === 'generalBranch' ? create('branch') : null}
      {node.kind === 'branch' ? create('group') : null}
      <Button onClick={() => onTask({ mode: 'rename', node })}>改名</Button>
    </View>
  )
}

function NodeRow({ row, open: isOpen, onToggle }: { row: TreeRow; open: boolean; onToggle: () => void }) {
  const counts = countsText(row)
  return (
    <View
      className={`org-row org-row--${row.node.kind}`}
      style={{ marginLeft: `${row.depth * 0.9}rem` }}
      onClick={onToggle}
    >
      <View className="org-row__main">
        <Text className="org-row__kind">{ORG_KIND_LABELS[row.node.kind]}</Text>
        <Text className="org-row__name">{row.node.name}</Text>
        {counts ? <Text className="org-row__counts">{counts}</Text> : null}
      </View>
      <Text className="org-row__toggle">{isOpen ? '收起 ▲' : '操作 ▼'}</Text>
    </View>
  )
}

/** 组织与名册: the tree with member and bound counts; create, rename, open a branch's members. */
export default function OrgPage() {
  const screen = useScreen(() => callCloud('admin', 'org.tree', {}), { isEmpty: ({ nodes }) => nodes.length === 0 })
  const [openId, setOpenId] = useState<string | null>(null)
  const [task, setTask] = useState<OrgTask | null>(null)

  const done = (node: OrgNode) => {
    setTask(null)
    setOpenId(node.id)
    void Taro.showToast({ title: `已保存：${node.name}`, icon: 'none' })
    void screen.reload()
  }

  return (
    <PageShell>
      <View className="stack">
        <Text className="page-title">组织与名册</Text>
        <Button block onClick={() => open('/packageAdmin/pages/import/index')}>
          导入名册
        </Button>
        <ScreenView
          screen={screen}
          empty={() => <EmptyState title="还没有组织" description="机关党委的组织由系统配置创建，请联系管理员。" />}
        >
          {({ nodes }) => (
            <View className="stack">
              <Text className="text-secondary">点按一个组织，可以新建下级、改名或查看成员。</Text>
              {treeRows(nodes).map((row) => (
                <View key={row.node.id} className="stack">
                  <NodeRow
                    row={row}
                    open={openId === row.node.id}
                    onToggle={() => setOpenId(openId === row.node.id ? null : row.node.id)}
                  />
                  {openId === row.node.id ? <NodeActions row={row} onTask={setTask} /> : null}
                </View>
              ))}
            </View>
          )}
        </ScreenView>
      </View>
      {task ? <OrgSheet task={task} onDone={done} onCancel={() => setTask(null)} /> : null}
    </PageShell>
  )
}
