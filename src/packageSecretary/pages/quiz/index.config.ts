export default definePageConfig({
  navigationBarTitleText: '知识测试',
  enablePageMeta: true,
  enablePullDownRefresh: true,
})
