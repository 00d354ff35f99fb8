export default definePageConfig({
  navigationBarTitleText: '代为签到',
  enablePageMeta: true,
  enablePullDownRefresh: true,
})
