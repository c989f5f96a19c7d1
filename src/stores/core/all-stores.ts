import type { Store } from 'nanostores';

/** Every store the playbooks define, in one list, so tests can unmount them all between cases. */
export const allStores: Store[] = [];

/** Adds a store to the list and returns it, wrapping its definition. */
export function listed<S extends Store>(store: S): S {
  allStores.push(store);
  return store;
}
