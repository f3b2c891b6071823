import crypto from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";

// Attachment bytes live as files under one directory, outside the database. A file is named by the
// attachment's id only (`ab/ab12…`): the uploader's file name never reaches a path.

export interface StoredFile {
  storageKey: string;
  sha256: string;
  sizeBytes: number;
}

export interface AttachmentStore {
  /** Writes the bytes durably (temporary file, fsync, rename) and returns where and their checksum. */
  write(id: string, bytes: Uint8Array): Promise<StoredFile>;
  /** The bytes, checked against the checksum: a changed or damaged file throws, never is served. */
  read(storageKey: string, sha256: string): Promise<Uint8Array>;
  /** Deletes the file; a file already gone is no error. */
  delete(storageKey: string): Promise<void>;
}

/** The stored file does not match its checksum (or is gone): it must not be handed out. */
export class AttachmentCorruptedError extends Error {}

const idPattern = /^[0-9a-f][0-9a-f-]{7,63}$/;
const keyPattern = /^[0-9a-f]{2}\/[0-9a-f][0-9a-f-]{7,63}$/;

export function storageKeyFor(id: string): string {
  if (!idPattern.test(id)) throw new Error("attachment ids are lowercase hex (a UUID)");
  return `${id.slice(0, 2)}/${id}`;
}

export function createAttachmentStore(directory: string): AttachmentStore {
  const root = path.resolve(directory);
  const pathOf = (storageKey: string) => {
    // Keys come from our own rows, but a path is built from them: refuse anything unexpected.
    if (!keyPattern.test(storageKey)) throw new Error("invalid attachment storage key");
    return path.join(root, storageKey);
  };

  return {
    async write(id, bytes) {
      const storageKey = storageKeyFor(id);
      const target = pathOf(storageKey);
      // The temporary file sits under the same root, so the rename stays on one file system.
      const tmpDir = path.join(root, ".tmp");
      await fs.mkdir(tmpDir, { recursive: true });
      await fs.mkdir(path.dirname(target), { recursive: true });
      const tmp = path.join(tmpDir, `${id}.${crypto.randomBytes(6).toString("hex")}.part`);
      const hash = crypto.createHash("sha256");
      try {
        const handle = await fs.open(tmp, "wx", 0o600);
        try {
          // Hash exactly what is written, chunk by chunk.
          const chunk = 1024 * 1024;
          for (let start = 0; start < bytes.length; start += chunk) {
            const part = bytes.subarray(start, start + chunk);
            hash.update(part);
            let written = 0;
            while (written < part.length) {
              const { bytesWritten } = await handle.write(part, written, part.length - written);
              written += bytesWritten;
            }
          }
          await handle.sync();
        } finally {
          await handle.close();
        }
        await fs.rename(tmp, target);
      } catch (error) {
        await fs.rm(tmp, { force: true });
        throw error;
      }
      await syncDirectory(path.dirname(target));
      return { storageKey, sha256: hash.digest("hex"), sizeBytes: bytes.length };
    },

    async read(storageKey, sha256) {
      let bytes: Buffer;
      try {
        bytes = await fs.readFile(pathOf(storageKey));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") {
          throw new AttachmentCorruptedError(`attachment file missing: ${storageKey}`);
        }
        throw error;
      }
      const actual = crypto.createHash("sha256").update(bytes).digest("hex");
      if (actual !== sha256)
        throw new AttachmentCorruptedError(`attachment checksum mismatch: ${storageKey}`);
      return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    },

    async delete(storageKey) {
      await fs.rm(pathOf(storageKey), { force: true });
    },
  };
}

/** Makes the rename itself durable: the directory entry is data too. */
async function syncDirectory(directory: string): Promise<void> {
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(directory, "r");
    await handle.sync();
  } catch {
    // Some platforms cannot open or sync a directory; the file itself is already synced.
  } finally {
    await handle?.close();
  }
}
