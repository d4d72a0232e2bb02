// National population database (CSDL quốc gia về dân cư): reading its answers, masking, matching.
export {
  comparableName,
  LOOKUP_VALID_MS,
  maskCitizenId,
  type PopulationAnswer,
  type PopulationCitizen,
  parseBirthDate,
  readPopulationAnswer,
} from './citizen-record.js';
