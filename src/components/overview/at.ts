/**
 * Where the Programme overview's results show and what they are said about (Status.tsx and
 * `announce`): adding pairs, the programme pack, keeping; and the id of the "Choose files" button,
 * which takes focus when nothing else is left to.
 */
export const AT = {
  add: 'Choose files',
  pack: 'Open your programme pack',
  keep: 'keep',
  choose: 'overview-choose',
} as const;
