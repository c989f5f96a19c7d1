// The Programme overview page's island loads from this one module, as the other playbooks' do.
import '../ui/offline';
export { default as ProgramOverview } from './ProgramOverview';
