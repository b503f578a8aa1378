export { SCHEDULING_CASES, makeCaseSalon, type SchedulingCase, type CaseSetup } from './scheduling-cases';
