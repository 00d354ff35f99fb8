export default definePageConfig({
  navigationBarTitleText: '整改落实',
  enablePageMeta: true,
  enablePullDownRefresh: true,
})
