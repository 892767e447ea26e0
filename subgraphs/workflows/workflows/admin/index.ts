export { adminCreateRegionsWorkflow } from './create-regions';
export { adminUpdateRegionsWorkflow } from './update-regions';
