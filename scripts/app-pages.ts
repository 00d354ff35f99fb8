/**
 * Every page registered in src/app.config.ts, main package first (the home page first of all),
 * then each subpackage's: what the built app.json lists. Taro evaluates that file with its own
 * `defineAppConfig` global; outside Taro it is the identity.
 */
export function appPages(): string[] {
  const scope = globalThis as unknown as { defineAppConfig?: (c: unknown) => unknown }
  scope.defineAppConfig ??= (config) => config
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- after the global above exists
  const config = (require('../src/app.config') as { default: AppConfig }).default
  return [...config.pages, ...(config.subPackages ?? []).flatMap((p) => p.pages.map((page) => `${p.root}/${page}`))]
}

interface AppConfig {
  pages: string[]
  subPackages?: Array<{ root: string; pages: string[] }>
}
