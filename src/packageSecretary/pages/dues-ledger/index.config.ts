export default definePageConfig({
  navigationBarTitleText: '党费台账',
  enablePageMeta: true,
  enablePullDownRefresh: true,
})
