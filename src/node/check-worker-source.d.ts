// The bundled text of src/node/check-worker.ts, provided by scripts/build.mjs.
declare module 'copydesk:check-worker' {
  const source: string;
  export default source;
}
