export default definePageConfig({
  navigationBarTitleText: '组织与名册',
  enablePageMeta: true,
  enablePullDownRefresh: true,
})
