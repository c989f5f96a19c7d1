import { act, cleanup, render, screen } from '@testing-library/preact';
import { afterEach, expect, test } from 'vitest';
import { usePrinting } from '../../src/components/ui/kit/printing';

afterEach(cleanup);

function Probe() {
  return <p>{usePrinting() ? 'printing' : 'on screen'}</p>;
}

test('islands know when the page is printed, and when it is back on screen', async () => {
  render(<Probe />);
  expect(screen.getByText('on screen')).toBeTruthy();
  await act(() => {
    dispatchEvent(new Event('beforeprint'));
  });
  expect(screen.getByText('printing')).toBeTruthy();
  await act(() => {
    dispatchEvent(new Event('afterprint'));
  });
  expect(screen.getByText('on screen')).toBeTruthy();
});
