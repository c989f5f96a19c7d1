import { useStore } from '../../ui/store';
import { useState } from 'preact/hooks';
import { LONG_LINK } from '../../../playbook/portable/share-link';
import { $openLabel } from '../../../stores/mentorships/open-label';
import { $openId } from '../../../stores/core/mentorships';
import { mentorshipFile, shareLink } from '../../../stores/portable/portable';
import { announce } from '../../ui/announce';
import { copyFile, downloadFile } from '../../ui/kit/files';
import { focusSoon } from '../../ui/focus';
import { Status } from '../../ui/Status';

/** Making a link that carries the open mentorship to the partner's browser. */
export function SharePanel() {
  const open = useStore($openId);
  const label = useStore($openLabel);
  const [link, setLink] = useState<{ for: string; url: string } | undefined>(undefined);
  const [error, setError] = useState('');
  const shown = link?.for === open ? link.url : '';

  const make = async () => {
    try {
      setLink({ for: open, url: await shareLink(open) });
      setError('');
      announce('Share link made. It carries these answers as they are now.', 'share');
      focusSoon('share-link', { select: true });
    } catch {
      setError('This browser cannot make share links. Download the mentorship as a file instead.');
    }
  };
  return (
    <section class="share" aria-labelledby="share-title">
      <h2 id="share-title">Share with your partner</h2>
      <p>
        A share link carries “{label}”: every answer, the agenda and the session history, as they
        are when you make it. <strong>Anyone who has the link can read them.</strong> They travel in
        the part of the link after “#”, which browsers do not send to any server. A file downloaded
        here opens under Playbooks › Your data › Restore from a file.
      </p>
      <p class="part-actions">
        <button type="button" onClick={make}>
          {shown ? 'Make the link again' : 'Make a share link'}
        </button>
        <button
          type="button"
          class="secondary"
          onClick={() => downloadFile(() => mentorshipFile(open), 'share')}
        >
          Download as a file
        </button>
      </p>
      <Status at="share" />
      {error && <p class="field-error">{error}</p>}
      {shown && (
        <>
          <label class="field">
            Share link
            <input id="share-link" type="url" readOnly value={shown} />
          </label>
          {shown.length > LONG_LINK && (
            <p class="notice">
              This link is {shown.length.toLocaleString('en')} characters long. Some mail and chat
              apps cut links longer than about {LONG_LINK.toLocaleString('en')}: if it arrives
              broken, send the file instead.
            </p>
          )}
          <p class="part-actions">
            <button
              type="button"
              class="secondary"
              onClick={() =>
                copyFile(() => ({ name: 'link', text: shown }), 'the share link', 'share')
              }
            >
              Copy the link
            </button>
            {'share' in navigator && (
              <button
                type="button"
                class="secondary"
                onClick={() =>
                  navigator.share({ title: `Mentorship: ${label}`, url: shown }).catch(() => {})
                }
              >
                Share…
              </button>
            )}
          </p>
        </>
      )}
    </section>
  );
}
