import { act, cleanup, render } from '@testing-library/preact';
import { afterEach, expect, test } from 'vitest';
import { usePrinting } from '../../src/components/agenda/printing';

afterEach(cleanup);

function Probe() {
  return <p>{usePrinting() ? 'printing' : 'on screen'}</p>;
}

test('islands know when the page is printed, and when it is back on screen', async () => {
  // The probe is all that is rendered, so the container's text is its text.
  const { container: probe } = render(<Probe />);
  expect(probe).toHaveTextContent(/^on screen$/);
  await act(() => {
    dispatchEvent(new Event('beforeprint'));
  });
  expect(probe).toHaveTextContent(/^printing$/);
  await act(() => {
    dispatchEvent(new Event('afterprint'));
  });
  expect(probe).toHaveTextContent(/^on screen$/);
});
