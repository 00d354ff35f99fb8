export default definePageConfig({
  navigationBarTitleText: '导入题目',
  enablePageMeta: true,
  enablePullDownRefresh: true,
})
