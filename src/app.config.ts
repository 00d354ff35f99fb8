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
    'pages/study-checkin/index',
    'pages/activity/index',
    'pages/signin/index',
    'pages/dues/index',
  ],
  // Officers' screens are subpackages: members never download them.
  subPackages: [
    // Members' own screens that are not opened at launch: 通知, 提醒设置, 代为记录, 补学 and 隐私说明.
    {
      root: 'packageMember',
      name: 'member',
      pages: [
        'pages/notices/index',
        'pages/notice/index',
        'pages/reminders/index',
        'pages/proxy/index',
        'pages/proxy-member/index',
        'pages/proxy-signin/index',
        'pages/proxy-study/index',
        'pages/proxy-makeup/index',
        'pages/makeup/index',
        'pages/privacy/index',
      ],
    },
    {
      root: 'packageSecretary',
      name: 'secretary',
      pages: [
        'pages/overview/index',
        'pages/members/index',
        'pages/study/index',
        'pages/schedule/index',
        'pages/publish/index',
        'pages/live/index',
        'pages/leave/index',
        'pages/review/index',
        'pages/history/index',
        'pages/dues/index',
        'pages/dues-amounts/index',
        'pages/dues-member/index',
        'pages/dues-ledger/index',
        'pages/notices/index',
        'pages/notice-new/index',
        'pages/notice-detail/index',
        'pages/proxy/index',
        'pages/proxy-grant/index',
      ],
    },
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
        'pages/study/index',
        'pages/dues/index',
        'pages/attendance/index',
        'pages/attendance-branch/index',
        'pages/attendance-absentees/index',
        'pages/attendance-member/index',
        'pages/compliance/index',
        'pages/export/index',
      ],
    },
  ],
  window: {
    ...pageColors,
    navigationBarTitleText: '党建助手',
    backgroundTextStyle: 'dark',
  },
  // Line icons, 81×81 PNG, ~14 KB for all eight (scripts/tab-icons.ts draws them). Literal
  // paths: Taro finds the files by reading these strings.
  tabBar: {
    color: '#595959',
    selectedColor: '#c8102e',
    backgroundColor: '#ffffff',
    borderStyle: 'black',
    list: [
      {
        pagePath: 'pages/home/index',
        text: '首页',
        iconPath: 'assets/tab/home.png',
        selectedIconPath: 'assets/tab/home-on.png',
      },
      {
        pagePath: 'pages/study/index',
        text: '学习',
        iconPath: 'assets/tab/study.png',
        selectedIconPath: 'assets/tab/study-on.png',
      },
      {
        pagePath: 'pages/activities/index',
        text: '活动',
        iconPath: 'assets/tab/activities.png',
        selectedIconPath: 'assets/tab/activities-on.png',
      },
      {
        pagePath: 'pages/me/index',
        text: '我的',
        iconPath: 'assets/tab/me.png',
        selectedIconPath: 'assets/tab/me-on.png',
      },
    ],
  },
  cloud: true,
  __usePrivacyCheck__: true,
  // Location only for an activity with a sign-in range (members) and to place it on a map (secretaries).
  requiredPrivateInfos: ['getLocation', 'chooseLocation'],
  permission: { 'scope.userLocation': { desc: '确认您在活动地点附近签到，只保存与活动地点的距离' } },
  lazyCodeLoading: 'requiredComponents',
})
