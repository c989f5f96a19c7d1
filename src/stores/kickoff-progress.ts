import { computed } from 'nanostores';
import { kickoffProgress } from '../playbook/kickoff';
import { $kickoff } from './kickoff';
import { listed } from './registry';

/** Topics agreed, overall and per stage (apart from the answers, as only the checklist shows it). */
export const $kickoffProgress = listed(computed($kickoff, kickoffProgress));
