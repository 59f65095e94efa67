// mocha's prebuilt browser build (mocha/mocha.js): a UMD module whose value is the `mocha` object of a browser page.
declare module 'mocha/mocha.js' {
  const mocha: BrowserMocha;
  export default mocha;
}
