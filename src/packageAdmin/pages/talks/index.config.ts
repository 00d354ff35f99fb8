export default definePageConfig({
  navigationBarTitleText: '谈心谈话',
  enablePageMeta: true,
  enablePullDownRefresh: true,
})
