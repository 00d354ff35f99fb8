export default definePageConfig({
  navigationBarTitleText: '支部管理',
  enablePageMeta: true,
  enablePullDownRefresh: true,
})
