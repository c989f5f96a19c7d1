/**
 * Every key of a mentorship, for the code that sizes, deletes or moves all of it (Your data, the
 * tools). Kept out of ../core/, which every playbook page loads, as only those use it.
 */
import { documentKeys } from '../../playbook/mentorships/keys';
import { keyOf } from '../core/mentorships';

/** Every key one mentorship has in storage: its documents and their kept copies. */
export const keysOf = (id: string) => documentKeys((name) => keyOf(name)(id));
