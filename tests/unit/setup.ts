// DOM matchers (toBeChecked, toHaveAccessibleDescription, …) for the component tests.
import '@testing-library/jest-dom/vitest';
import { configure } from '@testing-library/preact';

// findBy… and waitFor wait on a condition; on-demand code (the mentorship tools, notices) is
// compiled on its first import, which takes longer than the default second on a busy machine.
configure({ asyncUtilTimeout: 5_000 });
