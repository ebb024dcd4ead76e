// Request shapes of /api/units: the commands' inputs.
export { UnitCreate, UnitMerge, UnitUpdate } from '../../../commands/units.ts';
