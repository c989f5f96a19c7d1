import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';

// The theme override's inline script, as the page runs it before first paint.
const source = readFileSync('src/components/overrides/ThemeProvider.astro', 'utf8');
const script = /<script is:inline>([^]*?)<\/script>/.exec(source)![1]!;

interface Provider {
  read: () => string | null;
  store: (value: string) => void;
  updatePickers: (theme?: string) => void;
}

/** Runs the script with `stored` under `starlight-theme`, the system preferring `system`. */
function load(stored: string | null, system: 'light' | 'dark'): Provider {
  if (stored !== null) localStorage.setItem('starlight-theme', stored);
  vi.spyOn(window, 'matchMedia').mockImplementation(
    (query) => ({ matches: query.includes(system) }) as MediaQueryList,
  );
  new Function(script)();
  return (window as unknown as { StarlightThemeProvider: Provider }).StarlightThemeProvider;
}

beforeEach(() => {
  localStorage.clear();
  // A picker and the icons the override's template holds.
  document.body.innerHTML = `
    <starlight-theme-select><svg class="label-icon"></svg><select>
      <option value="dark">Dark</option><option value="light">Light</option>
      <option value="auto">Auto</option>
    </select></starlight-theme-select>
    <template id="theme-icons"><svg class="light"><path d="l"/></svg><svg class="dark"><path d="d"/></svg><svg class="auto"><path d="a"/></svg></template>`;
});
afterEach(() => vi.restoreAllMocks());

describe('the stored theme', () => {
  test.each([
    // Stored, the page's theme and the picker's choice.
    [null, 'light', 'light', 'auto'],
    ['', 'dark', 'dark', 'auto'],
    ['auto', 'light', 'light', 'auto'],
    ['dark', 'light', 'dark', 'dark'],
    ['light', 'dark', 'light', 'light'],
    // Anything else (edited by hand, left by another app on this origin) is "auto", without an
    // error: Starlight built a CSS selector from it, which throws on most of these.
    ['"dark"', 'light', 'light', 'auto'],
    ['Dark', 'dark', 'dark', 'auto'],
    ['dark light', 'light', 'light', 'auto'],
    ['1', 'dark', 'dark', 'auto'],
    ['.x[', 'light', 'light', 'auto'],
    ['<script>', 'dark', 'dark', 'auto'],
  ] as const)(
    '%j, the system preferring %s: the page is %s, the picker %s',
    (stored, system, theme, picked) => {
      const provider = load(stored, system);
      expect(document.documentElement.dataset.theme).toBe(theme);
      expect(() => provider.updatePickers()).not.toThrow();
      expect(document.querySelector('select')!.value).toBe(picked);
      expect(document.querySelector('svg.label-icon path')!.getAttribute('d')).toBe(picked[0]);
    },
  );

  test('a theme handed to the pickers that is not one of the three shows as "auto"', () => {
    const provider = load('dark', 'dark');
    expect(() => provider.updatePickers('sepia')).not.toThrow();
    expect(document.querySelector('select')!.value).toBe('auto');
  });
});
