import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorEnvelope } from '../../contract/common.js';
import { citizenLookup, citizenLookupBody } from '../../contract/population.js';
import { requireActor } from '../../http/access.js';
import { errors } from '../../http/responses.js';
import type { Deps } from '../../platform/deps.js';
import { createPopulationDirectory } from './directory.js';
import { lookupCitizen } from './lookup-citizen.js';

const tags = ['CSDL quốc gia về dân cư'];

export async function populationRoutes(app: FastifyInstance, deps: Deps) {
  // One adapter (and circuit breaker) per running app.
  const directory = createPopulationDirectory(deps.config.population, deps.clock);
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.post(
    '/api/population/citizens/lookup',
    {
      schema: {
        tags,
        summary: 'Tra cứu công dân trong CSDL quốc gia về dân cư theo số CCCD (khi tiếp nhận hồ sơ)',
        description:
          'Every call is logged and audited (CCCD masked). 404 CITIZEN_NOT_FOUND; 503 POPULATION_DB_UNAVAILABLE ' +
          '(timeout, dropped connection, circuit open) or POPULATION_DB_NOT_CONFIGURED: enter the owner by hand.',
        body: citizenLookupBody,
        response: { 200: citizenLookup, ...errors(400, 401, 403, 404), 503: errorEnvelope },
      },
    },
    async (req) => lookupCitizen(deps, directory, requireActor(req, 'population:lookup'), req.body),
  );
}
