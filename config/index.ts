import path from 'node:path'
import { defineConfig, type UserConfigExport } from '@tarojs/cli'
import TsconfigPathsPlugin from 'tsconfig-paths-webpack-plugin'
import devConfig from './dev'
import prodConfig from './prod'

const root = path.resolve(__dirname, '..')
const isH5 = process.env.TARO_ENV === 'h5'

/**
 * Sizes are written in rem so that the root font size (PageMeta on weapp, <html> on H5) scales
 * every screen for 长辈版 and WeChat's own font setting. pxtransform is therefore off: px stays
 * px (hairlines only) and no px→rpx/rem rewriting or H5 "flexible" root-size script interferes.
 */
export default defineConfig<'webpack5'>(async (merge) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'dangjian-zhushou',
    date: '2025-11-26',
    designWidth: 750,
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    outputRoot: isH5 ? 'dist-h5' : 'dist',
    plugins: [],
    defineConstants: {
      // '' = same origin: the local cloud serves the H5 build and /fn/* together.
      LOCAL_CLOUD_URL: JSON.stringify(process.env.TARO_APP_LOCAL_CLOUD ?? ''),
      // '' = the mini-program's default cloud environment.
      CLOUD_ENV: JSON.stringify(process.env.TARO_APP_CLOUD_ENV ?? ''),
    },
    copy: { patterns: [], options: {} },
    framework: 'react',
    compiler: 'webpack5',
    cache: { enable: false },
    // The H5 build is the local stand-in (npm run dev, the browser tests): esbuild minifies it in
    // about a third of terser's time (measured: the whole build 58 s → 19 s of CPU, the entry
    // 333 → 381 KiB). The mini-program members install keeps terser's smaller output.
    jsMinimizer: isH5 ? 'esbuild' : 'terser',
    esbuild: { minify: { enable: true, config: { target: 'es2017' } } },
    mini: {
      // core/ is shared TypeScript outside src/: compile it like app code.
      compile: { include: [path.join(root, 'core')] },
      // Components' styles use distinct class names, so their order across pages is free.
      miniCssExtractPluginOption: { ignoreOrder: true },
      postcss: {
        pxtransform: { enable: false, config: {} },
        cssModules: {
          enable: false,
          config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' },
        },
      },
      webpackChain(chain) {
        chain.resolve.plugin('tsconfig-paths').use(TsconfigPathsPlugin)
        // F2 (the 机关党委 charts) gets tslib's own CommonJS copy: sharing Taro's module, every helper
        // F2 uses would be kept in the main package's vendors.js instead of the admin subpackage.
        chain.module
          .rule('antv-own-tslib')
          .test(/[\\/]node_modules[\\/]@antv[\\/]/)
          .resolve.alias.set('tslib$', path.join(root, 'node_modules', 'tslib', 'tslib.js'))
      },
    },
    h5: {
      // Relative, so dist-h5/ works from the root (or any folder) of a static HTTP server.
      publicPath: './',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      compile: { include: [path.join(root, 'core')] },
      output: {
        filename: 'js/[name].[hash:8].js',
        chunkFilename: 'js/[name].[chunkhash:8].js',
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[hash].css',
        chunkFilename: 'css/[name].[chunkhash].css',
      },
      postcss: {
        pxtransform: { enable: false, config: {} },
        autoprefixer: { enable: true, config: {} },
        cssModules: {
          enable: false,
          config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' },
        },
      },
      webpackChain(chain) {
        chain.resolve.plugin('tsconfig-paths').use(TsconfigPathsPlugin)
      },
    },
  }

  if (process.env.NODE_ENV === 'development') {
    return merge({}, baseConfig, devConfig)
  }
  return merge({}, baseConfig, prodConfig)
})
