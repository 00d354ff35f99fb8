export default definePageConfig({
  navigationBarTitleText: '组织关系',
  enablePageMeta: true,
  enablePullDownRefresh: true,
})
