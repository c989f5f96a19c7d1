import { useCallback, useState } from 'preact/hooks';

/** A message for a polite live region, and a function to announce one (again, even if it is the same). */
export function useAnnouncer(): [string, (text: string) => void] {
  const [message, setMessage] = useState('');
  const announce = useCallback((text: string) => {
    // Clearing first makes a repeated message a change that screen readers announce again.
    setMessage('');
    setTimeout(() => setMessage(text), 50);
  }, []);
  return [message, announce];
}
