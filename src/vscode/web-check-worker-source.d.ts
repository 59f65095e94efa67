// The bundled text of src/web/check-worker.ts, provided by scripts/build.mjs.
declare module 'copydesk:web-check-worker' {
  const source: string;
  export default source;
}
