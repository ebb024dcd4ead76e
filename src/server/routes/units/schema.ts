// Request shapes of /api/units: the commands' inputs.
export { UnitCreate, UnitUpdate } from '../../../commands/units.ts';
