export default definePageConfig({
  navigationBarTitleText: '整改事项',
  enablePageMeta: true,
  enablePullDownRefresh: true,
})
