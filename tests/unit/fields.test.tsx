import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { DateField } from '../../src/components/ui/kit/DateField';
import { MinutesField } from '../../src/components/ui/kit/MinutesField';

afterEach(cleanup);

/** Types into an input one character at a time, as fast as a browser delivers the events. */
function typeFast(input: HTMLElement, text: string) {
  for (let i = 1; i <= text.length; i++) {
    fireEvent.input(input, { target: { value: text.slice(0, i) } });
  }
}

describe('MinutesField', () => {
  // The prop stays 12 throughout: the island has not re-rendered from the store yet.
  const renderField = (onChange: (m: number | null) => void) => {
    render(
      <MinutesField
        id="m"
        label="Minutes"
        value={12}
        range={{ min: 0, max: 240 }}
        allowEmpty={false}
        disabled={false}
        onChange={onChange}
      />,
    );
    return screen.getByRole('spinbutton', { name: 'Minutes' });
  };

  test('typing past the range puts back the value from before the edit, even before a re-render', () => {
    const onChange = vi.fn();
    const input = renderField(onChange);
    fireEvent.focus(input);
    typeFast(input, '1000');
    expect(onChange.mock.calls.map(([m]) => m)).toEqual([1, 10, 100, 12]);
    expect(input).toHaveAccessibleDescription('Enter a whole number of minutes from 0 to 240.');
  });

  test('a value typed back to what the prop still says is sent all the same', () => {
    const onChange = vi.fn();
    const input = renderField(onChange);
    fireEvent.focus(input);
    typeFast(input, '12');
    expect(onChange.mock.calls.map(([m]) => m)).toEqual([1, 12]);
  });
});

describe('DateField', () => {
  test('sends a real date once, and nothing for a value it already sent', () => {
    const onChange = vi.fn();
    render(
      <DateField id="d" label="Date" value="2026-11-20" disabled={false} onChange={onChange} />,
    );
    const input = screen.getByLabelText('Date');
    fireEvent.focus(input);
    fireEvent.input(input, { target: { value: '2026-11-21' } });
    fireEvent.blur(input);
    expect(onChange.mock.calls).toEqual([['2026-11-21']]);
  });
});

describe('DateField as a time of day', () => {
  const renderTime = (onChange: (time: string) => void) => {
    render(
      <DateField
        id="t"
        type="time"
        label="Usual time"
        value="10:00"
        disabled={false}
        onChange={onChange}
      />,
    );
    return screen.getByLabelText('Usual time') as HTMLInputElement;
  };

  test('sends a time of day, or nothing when cleared', () => {
    const onChange = vi.fn();
    const input = renderTime(onChange);
    expect(input.type).toBe('time');
    fireEvent.input(input, { target: { value: '18:30' } });
    fireEvent.input(input, { target: { value: '' } });
    expect(onChange.mock.calls).toEqual([['18:30'], ['']]);
  });
});
