import { z } from "zod";

/** Path parameters of `/…/{id}` routes. A malformed id answers 404, like a missing one. */
export const idParams = z.object({ id: z.uuid() });
