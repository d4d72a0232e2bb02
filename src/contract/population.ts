// HTTP contract of the national population database lookup at intake (CSDL quốc gia về dân cư).
import { z } from 'zod';
import { isoInstant, uuid } from './common.js';

export const citizenLookupBody = z.object({
  idNumber: z
    .string()
    .trim()
    .describe('CCCD (12 digits); sent in the body so it stays out of access logs and URLs'),
});

export const populationCitizen = z.object({
  idNumber: z.string(),
  fullName: z.string(),
  birthDate: z.string().nullable().describe('YYYY-MM-DD, or null when the record has none'),
  sex: z.enum(['male', 'female']).nullable(),
  permanentAddress: z.string().nullable().describe('Nơi thường trú'),
  currentAddress: z.string().nullable().describe('Nơi ở hiện tại'),
});
export type PopulationCitizenData = z.infer<typeof populationCitizen>;

export const citizenLookup = z.object({
  lookupId: uuid.describe(
    'Send it back as populationLookupId when receiving the dossier: the owner is then marked verified',
  ),
  lookedUpAt: isoInstant,
  validUntil: isoInstant.describe('The lookup vouches for an intake by the same officer until then'),
  citizen: populationCitizen,
});
export type CitizenLookup = z.infer<typeof citizenLookup>;

/** Error codes of the lookup; all but the first mean "enter the owner by hand". */
export const POPULATION_ERROR_CODES = [
  'CITIZEN_NOT_FOUND',
  'POPULATION_DB_UNAVAILABLE',
  'POPULATION_DB_NOT_CONFIGURED',
] as const;
