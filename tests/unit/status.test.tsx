import { act, cleanup, render, screen } from '@testing-library/preact';
import { afterEach, expect, test } from 'vitest';
import { announce } from '../../src/components/ui/announce';
import { Status } from '../../src/components/ui/Status';

afterEach(() => {
  cleanup();
  announce('', '');
});

/** The result shown in the place `at`, if any. */
const shownAt = (at: string) => screen.getByTestId(at).querySelector('.status');

/** Two places results are shown in: beside the share link's buttons, and beside renaming. */
const renderPlaces = () =>
  render(
    <>
      <div data-testid="share">
        <Status at="share" />
      </div>
      <div data-testid="rename">
        <Status at="rename" />
      </div>
    </>,
  );

const tick = () => act(() => new Promise((resolve) => setTimeout(resolve, 60)));

test('a result shows at its own place only, and is said through the live region too', async () => {
  renderPlaces();
  expect(document.querySelectorAll('.status')).toHaveLength(0);
  await act(() => announce('Copied the share link to the clipboard.', 'share'));
  await tick();
  const shown = screen.getByText('Copied the share link to the clipboard.', {
    selector: '.status',
  });
  expect(screen.getByTestId('share')).toContainElement(shown);
  expect(document.querySelectorAll('.status')).toHaveLength(1);
  expect(document.getElementById('playbook-announcer')).toHaveTextContent(
    'Copied the share link to the clipboard.',
  );
});

test('a newer result elsewhere replaces it; the same words again show as new', async () => {
  renderPlaces();
  await act(() => announce('Share link made.', 'share'));
  await tick();
  const first = shownAt('share');
  await act(() => announce('Share link made.', 'share'));
  await tick();
  // A new element, so its highlight plays again.
  expect(shownAt('share')).not.toBe(first);
  await act(() => announce('Renamed to “Pairing”.', 'rename'));
  await tick();
  expect(shownAt('share')).toBeNull();
  expect(shownAt('rename')).toHaveTextContent('Renamed to “Pairing”.');
  // A result with no place of its own (said only) takes the shown one away: it is no longer the latest.
  await act(() => announce('Timeboxes fitted to 30 minutes.'));
  await tick();
  expect(document.querySelectorAll('.status')).toHaveLength(0);
});
