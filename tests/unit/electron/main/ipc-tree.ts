// A listing of every file under a folder with a digest of its bytes, so a test can prove that a
// call wrote nothing (or exactly one file) by comparing the listing before and after.
import { createHash } from 'node:crypto';
import { lstat, readdir, readFile, readlink } from 'node:fs/promises';
import { join, relative } from 'node:path';

/** Maps each path under `root` (relative, `/`-separated) to what it is: a digest, a link target or a folder. */
export async function listTree(root: string): Promise<Record<string, string>> {
  const listing: Record<string, string> = {};
  async function visit(dir: string): Promise<void> {
    for (const entry of await readdir(dir)) {
      const path = join(dir, entry);
      const key = relative(root, path).split('\\').join('/');
      const info = await lstat(path);
      if (info.isSymbolicLink()) listing[key] = `link → ${await readlink(path)}`;
      else if (info.isDirectory()) {
        listing[key] = 'folder';
        await visit(path);
      } else if (info.isFile()) {
        listing[key] = createHash('sha256')
          .update(await readFile(path))
          .digest('hex')
          .slice(0, 16);
      } else listing[key] = 'special';
    }
  }
  await visit(root);
  return listing;
}
