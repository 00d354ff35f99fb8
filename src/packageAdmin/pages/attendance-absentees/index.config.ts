export default definePageConfig({
  navigationBarTitleText: '缺勤人员',
  enablePageMeta: true,
  enablePullDownRefresh: true,
})
