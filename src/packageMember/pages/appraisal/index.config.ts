export default definePageConfig({
  navigationBarTitleText: '民主评议',
  enablePageMeta: true,
  enablePullDownRefresh: true,
})
