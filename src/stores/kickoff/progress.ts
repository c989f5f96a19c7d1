import { computed } from 'nanostores';
import { kickoffProgress } from '../../playbook/kickoff/topics';
import { $kickoff } from '../core/kickoff';
import { listed } from '../core/all-stores';

/** Topics agreed, overall and per stage (apart from the answers, as only the checklist shows it). */
export const $kickoffProgress = listed(computed($kickoff, kickoffProgress));
