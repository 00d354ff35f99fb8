// babel-preset-taro builds the app; jest reuses it (about twice as fast as ts-jest).
module.exports = {
  presets: [
    [
      'taro',
      {
        framework: 'react',
        ts: true,
        compiler: 'webpack5',
      },
    ],
  ],
}
