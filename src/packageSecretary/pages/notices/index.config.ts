export default definePageConfig({
  navigationBarTitleText: '发通知',
  enablePageMeta: true,
  enablePullDownRefresh: true,
})
