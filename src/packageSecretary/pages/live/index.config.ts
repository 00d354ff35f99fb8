export default definePageConfig({
  navigationBarTitleText: '活动现场',
  enablePageMeta: true,
  enablePullDownRefresh: true,
})
