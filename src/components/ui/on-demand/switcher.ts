/**
 * The mentorship switcher's control, for panels that end by taking focus there (a share link
 * added, the backup reminder put away, a deleted mentorship put back): its list of mentorships
 * when there are several, else its "Share or manage…" button, else (no mentorship yet) the
 * switcher itself, made focusable for this. The ids are the switcher's
 * (src/components/mentorships/MentorshipSwitcher.tsx).
 */
export function switcherControl(): HTMLElement | null {
  const select = document.getElementById('mentorship-select') as HTMLSelectElement | null;
  if (select && !select.disabled) return select;
  const manage = document.getElementById('mentorship-manage') as HTMLButtonElement | null;
  if (manage && !manage.disabled) return manage;
  const switcher = document.getElementById('mentorship-switcher');
  if (switcher) switcher.tabIndex = -1;
  return switcher;
}
