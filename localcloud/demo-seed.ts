/** Builds the project's demo as of the cloud's clock: its database, and what WeChat holds for its people. */
import type { DemoData, DemoPlatform } from './config-types'
import type { LocalCloud } from './local-cloud'

/** The platform as the demo's seed may touch it: grants only, as the people's own taps would have made. */
export function demoPlatform(cloud: LocalCloud): DemoPlatform {
  return {
    grantSubscription: (openid, templateId, count) => cloud.platform.grantSubscription(openid, templateId, count),
    keepSubscriptionChoices: (openid, answers) => cloud.platform.keepSubscriptionChoices(openid, answers),
  }
}

export function seedDemoData(cloud: LocalCloud, demo: DemoData): Promise<Record<string, unknown>> {
  return demo.seed(cloud.database, cloud.clock.now(), demoPlatform(cloud))
}
