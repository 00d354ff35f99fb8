export default definePageConfig({
  navigationBarTitleText: '题库与测试',
  enablePageMeta: true,
  enablePullDownRefresh: true,
})
