/** A file's size in bytes; 0 when it cannot be read (whoever reads it later says why). */
import { statSync } from 'node:fs';

export function fileSize(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}
