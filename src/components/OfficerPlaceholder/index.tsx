import type { Role } from '@core/contract'
import { Text, View } from '@tarojs/components'
import { EmptyState } from '../EmptyState'
import { PageShell } from '../PageShell'
import { ScreenView } from '../ScreenView'
import { Section } from '../Section'
import { useScreen } from '@/hooks/useScreen'
import { loadMemberSession } from '@/services/session'

export interface OfficerPlaceholderProps {
  title: string
  /** Roles that may open this area. */
  roles: readonly Role[]
  /** The screens that will live here, each as "name: what it does". */
  planned: readonly string[]
}

/** The titled, honest face of an officers' area whose screens are still to come. */
export function OfficerPlaceholder({ title, roles, planned }: OfficerPlaceholderProps) {
  const screen = useScreen(loadMemberSession)
  return (
    <PageShell>
      <ScreenView screen={screen}>
        {(session) =>
          session.role && roles.includes(session.role) ? (
            <View className="stack">
              <Text className="page-title">{title}</Text>
              <EmptyState title="功能正在建设中" description="以下功能开放后会出现在这里。" />
              <Section title="将要提供">
                {planned.map((line) => (
                  <Text key={line} className="text-secondary">
                    {line}
                  </Text>
                ))}
              </Section>
            </View>
          ) : (
            <EmptyState title="您没有权限查看这里" description={`${title}只对相应的负责同志开放。`} />
          )
        }
      </ScreenView>
    </PageShell>
  )
}
