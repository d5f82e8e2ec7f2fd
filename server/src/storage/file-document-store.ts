// The embedded default store: one file per Yjs document, holding its whole state as one update
// (Y.encodeStateAsUpdate), rewritten atomically on every store. The file name is the document name
// in base64url, which uses only [A-Za-z0-9_-]: whatever a name holds ("..", "/", NUL), its file
// stays a plain name inside the documents folder.
import path from 'node:path';
import { writeFileAtomically, type StoreFs } from './atomic-write';

const EXTENSION = '.ydoc';

export interface DocumentStore {
  fetch(documentName: string): Promise<Uint8Array | null>;
  store(documentName: string, state: Uint8Array): Promise<void>;
}

export function documentFileName(documentName: string): string {
  return `${Buffer.from(documentName, 'utf8').toString('base64url')}${EXTENSION}`;
}

export function createFileDocumentStore(folder: string, fs: StoreFs): DocumentStore {
  const fileOf = (documentName: string) => path.join(folder, documentFileName(documentName));
  let created: Promise<unknown> | undefined;
  const ensureFolder = () => (created ??= fs.mkdir(folder, { recursive: true, mode: 0o700 }));

  return {
    async fetch(documentName) {
      try {
        return new Uint8Array(await fs.readFile(fileOf(documentName)));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
    },
    async store(documentName, state) {
      await ensureFolder();
      await writeFileAtomically(fs, fileOf(documentName), state);
    },
  };
}
