export default definePageConfig({
  navigationBarTitleText: '通知详情',
  enablePageMeta: true,
  enablePullDownRefresh: true,
})
