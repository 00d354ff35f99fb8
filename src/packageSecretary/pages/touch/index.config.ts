export default definePageConfig({
  navigationBarTitleText: '失去联系的党员',
  enablePageMeta: true,
  enablePullDownRefresh: true,
})
