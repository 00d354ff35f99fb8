export default definePageConfig({
  navigationBarTitleText: '活动安排',
  enablePageMeta: true,
  enablePullDownRefresh: true,
})
