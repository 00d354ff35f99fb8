export default definePageConfig({
  navigationBarTitleText: '答题',
  enablePageMeta: true,
  enablePullDownRefresh: true,
})
