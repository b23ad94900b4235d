// The dictionary's files, bundled as text into the web worker's server (scripts/build.mjs).
declare module 'dictionary-en-gb/index.aff' {
  const text: string;
  export default text;
}
declare module 'dictionary-en-gb/index.dic' {
  const text: string;
  export default text;
}
