import { z } from 'zod';

/** Route params of every `/things/{id}` endpoint. */
export const idParams = z.object({ id: z.uuid() });
