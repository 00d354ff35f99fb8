export default definePageConfig({
  navigationBarTitleText: '发展对象',
  enablePageMeta: true,
  enablePullDownRefresh: true,
})
