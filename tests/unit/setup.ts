// DOM matchers (toBeChecked, toHaveAccessibleDescription, …) for the component tests.
import '@testing-library/jest-dom/vitest';
