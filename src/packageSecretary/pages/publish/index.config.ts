export default definePageConfig({
  navigationBarTitleText: '发布活动',
  enablePageMeta: true,
  enablePullDownRefresh: true,
})
