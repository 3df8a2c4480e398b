/** TMX 1.4b: writer and reader. */
export { writeTmx, tmxRows, type TmxWriteOptions } from './tmx-write';
export { readTmx } from './tmx-read';
