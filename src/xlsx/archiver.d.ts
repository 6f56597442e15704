/** The part of archiver's API (https://www.archiverjs.com) the direct writer uses. */
declare module 'archiver' {
  import type { Readable, Writable } from 'node:stream';

  interface ZipArchive {
    append(source: string | Buffer | Readable, data: { name: string }): this;
    pipe<T extends Writable>(destination: T): T;
    finalize(): Promise<void>;
    abort(): this;
    on(event: 'error' | 'warning', listener: (err: Error) => void): this;
  }

  function archiver(format: 'zip', options?: { zlib?: { level?: number } }): ZipArchive;
  export default archiver;
}
