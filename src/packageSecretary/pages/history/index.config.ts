export default definePageConfig({
  navigationBarTitleText: '活动记录',
  enablePageMeta: true,
  enablePullDownRefresh: true,
})
