import type { Agenda } from '../../../playbook/agenda/agenda';
import { sessionBlocks } from '../../../playbook/agenda/on-demand/blocks';
import { DocumentView } from '../../ui/kit/DocumentView';

/** The next session as it prints: the agenda alone, as a document, in place of the editor. */
export function PrintedAgenda({ draft }: { draft: Agenda }) {
  return <DocumentView blocks={sessionBlocks(draft, 1)} top={2} label="The next session" print />;
}
