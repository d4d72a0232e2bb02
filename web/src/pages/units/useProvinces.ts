import type { UnitRef } from '@contract';
import { unitsApi } from '../../api/units';
import { useUnitScope } from '../../auth/UnitScope';
import { useApi } from '../../lib/useApi';

const MAX_PAGES = 20;

/**
 * Provinces to choose as a parent unit. The units list has no "kind" filter, so an account whose scope
 * holds no province (system administrator) pages through the list and keeps the provinces.
 */
export function useProvinces(enabled: boolean): { provinces: UnitRef[]; loading: boolean } {
  const { options } = useUnitScope();
  const inScope = options.filter((u) => u.kind === 'province');
  const { data, loading } = useApi(
    async (signal) => {
      const found: UnitRef[] = [];
      let cursor: string | undefined;
      for (let i = 0; i < MAX_PAGES; i++) {
        const page = await unitsApi.list({ cursor, limit: 200 }, signal);
        found.push(...page.items.filter((u) => u.kind === 'province'));
        if (!page.nextCursor) break;
        cursor = page.nextCursor;
      }
      return found;
    },
    enabled && inScope.length === 0 ? 'provinces' : null,
  );
  const provinces = inScope.length ? inScope : (data ?? []);
  return { provinces: [...provinces].sort((a, b) => a.name.localeCompare(b.name, 'vi')), loading };
}
