export default definePageConfig({
  navigationBarTitleText: '名册导入',
  enablePageMeta: true,
})
