// Separate constants, not one object: the bundler writes each where it is used.

/** Where the results of adding pairs show and are announced (Status.tsx, `announce`). */
export const ADD_AT = 'Choose files';
/** Where the programme pack's results show and are announced. */
export const PACK_AT = 'Open your programme pack';
/** Where keeping's results show and are announced. */
export const KEEP_AT = 'keep';
/** The id of the "Choose files" button, which takes focus when nothing else is left to. */
export const CHOOSE_ID = 'overview-choose';
