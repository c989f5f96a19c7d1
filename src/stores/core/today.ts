import { atom, onMount } from 'nanostores';
import { localDate } from '../../playbook/core/dates';
import { listed } from './all-stores';

/** Today's date (local, YYYY-MM-DD); while in use, it moves on at midnight. */
export const $today = listed(atom(''));

onMount($today, () => {
  let timer: ReturnType<typeof setTimeout>;
  const tick = () => {
    const now = new Date();
    $today.set(localDate(now));
    const midnight = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1);
    // A second past midnight, so a timer that fires a little early still lands on the new day.
    timer = setTimeout(tick, midnight.getTime() - now.getTime() + 1000);
  };
  tick();
  return () => clearTimeout(timer);
});
