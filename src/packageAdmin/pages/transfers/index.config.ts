export default definePageConfig({
  navigationBarTitleText: '组织关系转出',
  enablePageMeta: true,
  enablePullDownRefresh: true,
})
