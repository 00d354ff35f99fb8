export default definePageConfig({
  navigationBarTitleText: '记录学习',
  enablePageMeta: true,
})
