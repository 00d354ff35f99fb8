import { Text, View } from '@tarojs/components'
import { PageShell } from '@/components/PageShell'
import { Section } from '@/components/Section'
import { GUIDE, GUIDE_TITLE } from './guide'

export default function PrivacyPage() {
  return (
    <PageShell>
      <Text className="page-title">{GUIDE_TITLE}</Text>
      {GUIDE.map((section) => (
        <Section key={section.title} title={section.title}>
          {section.paragraphs.map((paragraph) => (
            <View key={paragraph}>
              <Text>{paragraph}</Text>
            </View>
          ))}
        </Section>
      ))}
    </PageShell>
  )
}
