/**
 * Where code may reach (npm run check:deps, part of npm run lint). The layers, from the bottom:
 * core/ (rules and contracts, no I/O) ← server/ (cloud functions) and src/ (the mini-program);
 * localcloud/ is a WeChat-cloud emulator that knows nothing of this app; demo/ is the app's
 * demo bureau, handed to the emulator by localcloud.config.ts.
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Modules that import each other, directly or round a ring, cannot be read or tested alone.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'localcloud-knows-no-app',
      severity: 'error',
      comment:
        'localcloud/ emulates WeChat for any wx-server-sdk project: what it must know of this one comes from localcloud.config.ts.',
      from: { path: '^localcloud/' },
      to: { path: '^(core|server|src|scripts|demo)/' },
    },
    {
      name: 'core-is-pure',
      severity: 'error',
      comment: 'core/ is the rules and contracts both ends share: it reaches into neither end nor the emulator.',
      from: { path: '^core/' },
      to: { path: '^(server|src|localcloud)/' },
    },
    {
      name: 'main-package-without-dayjs',
      severity: 'error',
      comment:
        'The weapp main package is at its size budget (1.6× a hello-world): its pages read dates through core/dates (plain Date, China is UTC+8 all year); dayjs with its zone plugins (~15 KB) is for the server and the subpackages.',
      from: { path: '^src/(pages/|app\\.ts)' },
      to: { path: '(^|/)node_modules/dayjs/', reachable: true },
    },
    {
      name: 'main-package-without-service-grid-and-folds',
      severity: 'error',
      comment:
        'The service grid with its icons (src/officer) and the month folds (src/fold) are for the subpackages only: the main package is at its size budget.',
      from: { path: '^src/(pages/|app\\.ts)' },
      to: { path: '^src/(officer|fold)/', reachable: true },
    },
    {
      name: 'front-end-without-chinese-days',
      severity: 'error',
      comment:
        'The official holiday calendar (chinese-days, ~37 KB of dates) is for the server and the demo, through core/workdays: no page of the mini-program carries it.',
      from: { path: '^src/' },
      to: { path: '(^|/)node_modules/chinese-days/|^core/workdays', reachable: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(dist|dist-h5|\\.temp|coverage|cloudfunctions/[^/]+/(index\\.js|lazy))(/|$)' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.cjs', '.mjs', '.json'] },
  },
}
