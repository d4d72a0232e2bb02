// HTTP contract of the demo: progress of the background generation of demo dossier history.
import { z } from 'zod';

export const demoProgress = z.object({
  running: z.boolean(),
  done: z.number().int().describe('Dossiers generated so far, all units'),
  total: z.number().int().describe('Dossiers to generate, all units'),
  units: z.array(
    z.object({
      unitCode: z.string(),
      unitName: z.string(),
      done: z.number().int(),
      total: z.number().int(),
      state: z.enum(['pending', 'running', 'finished', 'failed']),
    }),
  ),
});
export type DemoProgress = z.infer<typeof demoProgress>;
