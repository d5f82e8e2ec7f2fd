// The key that signs device tokens: 32 random bytes made on first start and kept in the data folder
// (readable by the server's user only). Deleting it invalidates every token at once.
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { writeFileAtomically, type StoreFs } from '../storage/atomic-write';

const SECRET_FILE = 'token-secret.key';
const SECRET_BYTES = 32;

export async function loadOrCreateSecret(fs: StoreFs, dataDir: string): Promise<Buffer> {
  const file = path.join(dataDir, SECRET_FILE);
  try {
    const secret = await fs.readFile(file);
    if (secret.length >= SECRET_BYTES) return secret;
    throw new Error(`${file} is shorter than ${SECRET_BYTES} bytes`);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const secret = randomBytes(SECRET_BYTES);
  await writeFileAtomically(fs, file, secret);
  return secret;
}
