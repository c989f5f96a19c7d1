// The programme overview for a page that passes pairs at build time (`initial`, such as a
// repository's folder of summaries): the pairs' table is bundled with the island, so the build
// renders it and the browser hydrates the same. The playbook page uses islands.ts, which loads the
// table with the first pair and keeps it off the page's first load.
import '../ui/offline';
import { Pairs } from './Pairs';
import ProgramOverview, { bundlePairs } from './ProgramOverview';

bundlePairs(Pairs);

export { ProgramOverview };
