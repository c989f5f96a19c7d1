import { decodePack } from '../../playbook/program/pack';
import { announce } from '../ui/announce';
import { focusSoon } from '../ui/focus';
import { useRead } from '../ui/on-demand/ImportPreview';
import { switcherControl } from '../ui/on-demand/switcher';
import { ProgramPreview } from './ProgramPreview';

/**
 * A programme pack's link (`#program=v1.…`) opened on a playbook page: what it holds and what to
 * do with it, shown by the mentorship switcher; nothing is written before a choice.
 */
export function PackLink({ onDone }: { onDone: () => void }) {
  const read = useRead(() => decodePack(location.hash));
  // The pack leaves the address bar (and the history entry) once the pair has chosen, as a share
  // link does, so a reload does not offer it again: at once when it is applied, while what it did
  // is still shown, and when the preview closes.
  const leaveAddressBar = () =>
    history.replaceState(history.state, '', `${location.pathname}${location.search}`);
  const finish = (message: string) => {
    leaveAddressBar();
    announce(message, 'mentorship');
    onDone();
    focusSoon(switcherControl);
  };
  return (
    <ProgramPreview
      read={read}
      from="link"
      problemTitle="This programme pack link cannot be used"
      onFinish={finish}
      onApplied={leaveAddressBar}
    />
  );
}
