// The app's tests run the H5 build of the app (platform files `*.h5.ts(x)` win).
process.env.TARO_ENV = 'h5'
