export default definePageConfig({
  navigationBarTitleText: '党员发展',
  enablePageMeta: true,
  enablePullDownRefresh: true,
})
