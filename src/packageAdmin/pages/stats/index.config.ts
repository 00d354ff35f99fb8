export default definePageConfig({
  navigationBarTitleText: '党内统计',
  enablePageMeta: true,
  enablePullDownRefresh: true,
})
