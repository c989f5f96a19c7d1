import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Every source file under src/ (TypeScript and TSX), with its path from src/. */
export function sources(dir = 'src'): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sources(join(dir, entry.name))
      : /\.(ts|tsx)$/.test(entry.name)
        ? [join(dir, entry.name).slice('src/'.length)]
        : [],
  );
}
