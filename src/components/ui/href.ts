import { withBase } from '../../site/paths';

/** A root-relative site path ("/formats/overview/") as served, with the deployment's base path. */
export function href(path: string): string {
  return withBase(path, import.meta.env.BASE_URL);
}
