import { act, cleanup, render, screen } from '@testing-library/preact';
import { afterEach, expect, test } from 'vitest';
import { announce } from '../../src/components/ui/announce';
import { Status } from '../../src/components/ui/Status';

afterEach(() => {
  cleanup();
  announce('', '');
});

const tick = () => act(() => new Promise((resolve) => setTimeout(resolve, 60)));

test('a result shows at its own place only, and is said through the live region too', async () => {
  render(
    <>
      <Status at="share" />
      <Status at="rename" />
    </>,
  );
  expect(document.querySelectorAll('.status')).toHaveLength(0);
  await act(() => announce('Copied the share link to the clipboard.', 'share'));
  await tick();
  const shown = screen.getByText('Copied the share link to the clipboard.', {
    selector: '.status',
  });
  expect(shown).toHaveAttribute('data-status', 'share');
  expect(document.querySelectorAll('.status')).toHaveLength(1);
  expect(document.getElementById('playbook-announcer')).toHaveTextContent(
    'Copied the share link to the clipboard.',
  );
});

test('a newer result elsewhere replaces it; the same words again show as new', async () => {
  render(
    <>
      <Status at="share" />
      <Status at="rename" />
    </>,
  );
  await act(() => announce('Share link made.', 'share'));
  await tick();
  const first = document.querySelector('[data-status="share"]');
  await act(() => announce('Share link made.', 'share'));
  await tick();
  // A new element, so its highlight plays again.
  expect(document.querySelector('[data-status="share"]')).not.toBe(first);
  await act(() => announce('Renamed to “Pairing”.', 'rename'));
  await tick();
  expect(document.querySelector('[data-status="share"]')).toBeNull();
  expect(document.querySelector('[data-status="rename"]')).toHaveTextContent(
    'Renamed to “Pairing”.',
  );
  // A result with no place of its own (said only) takes the shown one away: it is no longer the latest.
  await act(() => announce('Timeboxes fitted to 30 minutes.'));
  await tick();
  expect(document.querySelectorAll('.status')).toHaveLength(0);
});
