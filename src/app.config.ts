const pageColors = {
  navigationBarBackgroundColor: '#c8102e',
  navigationBarTextStyle: 'white' as const,
  backgroundColor: '#f4f4f4',
}

export default defineAppConfig({
  pages: [
    'pages/home/index',
    'pages/study/index',
    'pages/activities/index',
    'pages/me/index',
    'pages/bind/index',
    'pages/privacy/index',
  ],
  // Officers' screens are subpackages: members never download them.
  subPackages: [
    { root: 'packageSecretary', name: 'secretary', pages: ['pages/overview/index', 'pages/members/index'] },
    {
      root: 'packageAdmin',
      name: 'admin',
      pages: [
        'pages/overview/index',
        'pages/org/index',
        'pages/branch/index',
        'pages/member/index',
        'pages/import/index',
        'pages/audit/index',
      ],
    },
  ],
  window: {
    ...pageColors,
    navigationBarTitleText: '党建助手',
    backgroundTextStyle: 'dark',
  },
  // Text only: WeChat's tab bar needs no icons; each icon would add to the main package.
  tabBar: {
    color: '#595959',
    selectedColor: '#c8102e',
    backgroundColor: '#ffffff',
    borderStyle: 'black',
    list: [
      { pagePath: 'pages/home/index', text: '首页' },
      { pagePath: 'pages/study/index', text: '学习' },
      { pagePath: 'pages/activities/index', text: '活动' },
      { pagePath: 'pages/me/index', text: '我的' },
    ],
  },
  cloud: true,
  __usePrivacyCheck__: true,
  lazyCodeLoading: 'requiredComponents',
})
