export default definePageConfig({
  navigationBarTitleText: '导出台账',
  enablePageMeta: true,
  enablePullDownRefresh: true,
})
