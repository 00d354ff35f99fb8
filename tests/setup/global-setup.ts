/** Bundles the cloud functions once so that tests run the same bundle WeChat would. */
export default async function globalSetup(): Promise<void> {
  const { buildFunctions } = await import('../../scripts/build-functions')
  await buildFunctions({ quiet: true })
}
