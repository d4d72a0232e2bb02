import type { FastifyInstance } from 'fastify';
import { auditRoutes } from '../modules/audit/routes.js';
import { authRoutes } from '../modules/auth/routes.js';
import { calendarRoutes } from '../modules/calendar/routes.js';
import { catalogRoutes } from '../modules/catalog/routes.js';
import { dashboardRoutes } from '../modules/dashboard/routes.js';
import { demoRoutes } from '../modules/demo/routes.js';
import { dossierRoutes } from '../modules/dossiers/routes.js';
import { feedbackRoutes } from '../modules/feedback/routes.js';
import { importRoutes } from '../modules/integrations/import-routes.js';
import { outboundSyncRoutes } from '../modules/integrations/outbound/routes.js';
import { integrationRoutes } from '../modules/integrations/routes.js';
import { populationRoutes } from '../modules/population/routes.js';
import { indicatorRoutes } from '../modules/reports/indicator-routes.js';
import { reportRoutes } from '../modules/reports/routes.js';
import { tokenRoutes } from '../modules/tokens/routes.js';
import { unitRoutes } from '../modules/units/routes.js';
import { userRoutes } from '../modules/users/routes.js';
import type { Deps } from '../platform/deps.js';

export async function registerRoutes(app: FastifyInstance, deps: Deps) {
  await authRoutes(app, deps);
  await unitRoutes(app, deps);
  await userRoutes(app, deps);
  await tokenRoutes(app, deps);
  await auditRoutes(app, deps);
  await calendarRoutes(app, deps);
  await catalogRoutes(app, deps);
  await dossierRoutes(app, deps);
  await reportRoutes(app, deps);
  await feedbackRoutes(app, deps);
  await indicatorRoutes(app, deps);
  await dashboardRoutes(app, deps);
  await demoRoutes(app, deps);
  await integrationRoutes(app, deps);
  await outboundSyncRoutes(app, deps);
  await populationRoutes(app, deps);
  await importRoutes(app, deps);
}
